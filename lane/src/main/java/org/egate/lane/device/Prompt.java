package org.egate.lane.device;

/**
 * What the lane's screen tells the traveler, in Traditional Chinese and English. Reasons for a
 * refusal are not prompts: they come from the domain's reason codes with their own messages.
 */
public enum Prompt {
  PLACE_DOCUMENT("請將證件資料頁放置於讀取器", "Please place your document on the reader"),
  READ_AGAIN("無法讀取證件，請重新放置", "Cannot read the document, please place it again"),
  PLEASE_WAIT("查驗中，請稍候", "Checking, please wait"),
  ENTER("請進入閘道", "Please enter"),
  ONE_PERSON_ONLY("每次限一人通關，請後方旅客退出", "One person at a time: the person behind, please step back"),
  NO_TROLLEY("手推車禁止進入辨識區，請將手推車移出", "No trolleys in the capture zone: please take the trolley out"),
  NO_CHILDREN("嬰孩與幼童不得同行進入閘道", "Infants and children may not pass the gate with you"),
  LOOK_AT_CAMERA("請正視攝影機", "Please look at the camera"),
  REMOVE_SUNGLASSES("請摘下墨鏡", "Please remove your sunglasses"),
  REMOVE_HAT("請脫下帽子", "Please remove your hat"),
  REMOVE_MASK("請摘下口罩", "Please remove your mask"),
  PLACE_INDEX_FINGER("請將任一手食指放置於指紋機", "Please place either index finger on the scanner"),
  PROCEED("查驗完成，請通行", "Cleared, please proceed"),
  GO_TO_COUNTER("請退出閘道，至人工櫃檯辦理", "Please step back and go to the officer's counter"),
  LANE_CLOSED("本閘道暫停服務", "This lane is closed");

  private final String zhTw;
  private final String en;

  Prompt(String zhTw, String en) {
    this.zhTw = zhTw;
    this.en = en;
  }

  public String zhTw() {
    return zhTw;
  }

  public String en() {
    return en;
  }
}
