package org.egate.border.reason;

import java.util.Locale;

/**
 * Why egate decided what it did. Every refusal, referral and acceptance names one of these; the code is stable
 * (stored with crossings, returned in problem+json, counted in metrics) and carries its message in zh-TW and English.
 *
 * <p>{@link #isRetryable()} marks the conditions a traveler can fix in the lane while the gate keeps trying
 * (DESIGN.md "At the gate": no sunglasses, hat or mask; no trolley; one person per lane; no children carried along).
 */
public enum ReasonCode {

    // ---- acceptances -------------------------------------------------------------------------------------------
    CLEARED(Outcome.ACCEPT, false, "查驗通過，請通行。", "Clearance complete. Please proceed."),
    AUTHORIZED(Outcome.ACCEPT, false, "可使用本自動查驗通關閘道。", "You may use this e-Gate lane."),
    ENROLLED(Outcome.ACCEPT, false, "自動查驗通關申請登錄完成。", "Enrollment for automated clearance is complete."),
    ELIGIBLE(Outcome.ACCEPT, false, "符合申請資格。", "Eligible to enroll."),
    STAMPED(Outcome.ACCEPT, false, "已補蓋當次入出國查驗章戳。", "The entry/exit stamp for this crossing has been added."),
    WITHDRAWN(Outcome.ACCEPT, false, "已註銷自動查驗通關登錄資料。", "Enrollment withdrawn; biometric data erased."),
    OFFICER_OVERRIDE(Outcome.ACCEPT, false, "經查驗人員核准通行。", "Cleared by an officer's override."),

    // ---- enrollment and lane authorization ---------------------------------------------------------------------
    NOT_ENROLLED(Outcome.REJECT, false, "尚未申請登錄自動查驗通關，請至櫃檯辦理。",
            "Not enrolled for automated clearance. Please go to a counter."),
    ALREADY_ENROLLED(Outcome.REJECT, false, "已有有效之自動查驗通關登錄。",
            "An active enrollment already exists for this traveler."),
    POSSIBLE_DUPLICATE(Outcome.REFER, false, "生物特徵與其他登錄資料相似，須由查驗人員確認。",
            "Biometrics resemble another enrollment; an officer must review."),
    ENROLLMENT_PENDING_REVIEW(Outcome.REFER, false, "登錄資料待查驗人員審核。",
            "Enrollment is awaiting an officer's review."),
    ENROLLMENT_SUSPENDED(Outcome.REJECT, false, "自動查驗通關登錄已暫停使用，請至櫃檯辦理。",
            "Enrollment is suspended. Please go to a counter."),
    ENROLLMENT_WITHDRAWN(Outcome.REJECT, false, "自動查驗通關登錄已註銷。", "Enrollment has been withdrawn."),
    ENROLLMENT_NOT_FOUND(Outcome.REJECT, false, "查無此登錄資料。", "No such enrollment."),
    ENROLLMENT_STATUS_CONFLICT(Outcome.REJECT, false, "登錄資料目前之狀態不允許此項變更。",
            "The enrollment's current status does not allow this change."),
    CATEGORY_NOT_YET_OPEN(Outcome.REJECT, false, "您的身分類別尚未開放使用自動查驗通關。",
            "Automated clearance is not yet open to your category."),
    BIRTH_DATE_IN_FUTURE(Outcome.REJECT, false, "出生日期晚於申請日期，請確認證件資料。",
            "The birth date is after today. Please check the document data."),
    UNDER_AGE(Outcome.REJECT, false, "未達申請年齡。", "Below the minimum age."),
    TOO_SHORT(Outcome.REJECT, false, "身高未達規定。", "Below the minimum height."),
    EXIT_BAN(Outcome.REJECT, false, "受禁止出國處分，請至櫃檯辦理。", "Under an exit ban. Please go to a counter."),
    CONSENT_REQUIRED(Outcome.REJECT, false, "須同意錄存臉部影像及指紋。",
            "Consent to face and fingerprint capture is required."),
    FACE_IMAGE_REQUIRED(Outcome.REJECT, false, "須錄存臉部影像。", "A face image must be captured."),
    FINGERPRINTS_REQUIRED(Outcome.REJECT, false, "須錄存雙手食指指紋。", "Both index fingerprints must be captured."),
    PRIMARY_DOCUMENT_REQUIRED(Outcome.REJECT, false, "須出示本類別之主要證件。",
            "The primary document for this category must be shown."),
    SECONDARY_ID_REQUIRED(Outcome.REJECT, false, "須另出示政府機關核發之證件（如身分證、健保卡、駕照）。",
            "A second government photo ID (national ID card, NHI card, driver's licence) must be shown."),
    SUPPORTING_DOCUMENT_REQUIRED(Outcome.REJECT, false, "須檢附本類別所需之證明文件。",
            "A supporting document required for this category is missing."),
    DOCUMENT_NOT_ACCEPTED_FOR_CATEGORY(Outcome.REJECT, false, "此證件不適用於您的身分類別。",
            "This document is not accepted for your category."),
    NOT_AN_ENROLLMENT_PLACE(Outcome.REJECT, false, "本地點未提供自動查驗通關申請登錄。",
            "Enrollment is not offered at this place."),

    // ---- enrollment capture: the face image (the counter retakes it; no face -> FACE_NOT_DETECTED,
    // dark glasses, mask, hat -> the OCCLUSION_ codes below) ------------------------------------------------------
    FACE_SEVERAL_FACES(Outcome.REJECT, true, "影像中不只一張臉，請僅拍攝申請人。",
            "More than one face in the image. Capture the applicant alone."),
    FACE_TOO_SMALL(Outcome.REJECT, true, "臉部在影像中過小，請靠近鏡頭重新拍攝。",
            "The face is too small in the image. Capture it closer."),
    FACE_POSE(Outcome.REJECT, true, "請正視鏡頭，勿轉頭或傾斜。", "The head is turned or tilted. Please face the camera."),
    FACE_BLURRED(Outcome.REJECT, true, "臉部影像模糊，請重新拍攝。", "The face image is blurred. Please capture it again."),
    FACE_EXPOSURE(Outcome.REJECT, true, "臉部影像過暗或過亮，請調整光線後重新拍攝。",
            "The face image is too dark or too bright. Adjust the light and capture it again."),

    // ---- documents and permits ---------------------------------------------------------------------------------
    DOCUMENT_EXPIRED(Outcome.REJECT, false, "證件已逾有效期限。", "The document has expired."),
    DOCUMENT_NOT_VALID_AT_SITE(Outcome.REJECT, false, "此證件不適用於本口岸之自動查驗通關。",
            "This document cannot be used for automated clearance at this port."),
    DOCUMENT_NOT_ENROLLED(Outcome.REJECT, false, "此證件非登錄時所使用之證件，請至櫃檯辦理。",
            "This document is not the one enrolled. Please go to a counter."),
    DOCUMENT_REPORTED_LOST_OR_STOLEN(Outcome.REFER, false, "證件已申報遺失或被竊，請洽查驗人員。",
            "This document has been reported lost or stolen. Please see an officer."),
    DOCUMENT_UNREADABLE(Outcome.REJECT, true, "無法讀取證件，請重新放置。",
            "The document could not be read. Please place it again."),
    CHIP_AUTHENTICATION_FAILED(Outcome.REFER, false, "晶片驗證失敗，請洽查驗人員。",
            "Chip authentication failed. Please see an officer."),
    RESIDENCE_PERMIT_EXPIRED(Outcome.REJECT, false, "居留證已逾有效期限。", "The residence permit has expired."),
    RE_ENTRY_PERMIT_EXPIRED(Outcome.REJECT, false, "重入國許可已逾有效期限。", "The re-entry permit has expired."),
    MULTIPLE_ENTRY_PERMIT_EXPIRED(Outcome.REJECT, false, "多次入出境證已逾有效期限。",
            "The multiple-entry permit has expired."),
    PERMIT_VALIDITY_SHORTER_THAN_RESIDENCE(Outcome.REJECT, false, "多次入國許可之效期須與居留證相同。",
            "The multiple-entry permit must be valid as long as the resident certificate."),

    // ---- sites and lanes ---------------------------------------------------------------------------------------
    LANE_UNKNOWN(Outcome.REJECT, false, "未登記之閘道。", "Unknown lane."),
    LANE_NOT_YET_OPEN(Outcome.REJECT, false, "本閘道尚未啟用。", "This lane is not yet open."),
    LANE_CLOSED(Outcome.REJECT, false, "本閘道暫停服務，請改至其他閘道或櫃檯。",
            "This lane is closed. Please use another lane or a counter."),

    // ---- at the gate: biometrics -------------------------------------------------------------------------------
    FACE_MISMATCH(Outcome.REJECT, false, "臉部辨識未通過。", "Face verification failed."),
    FINGER_MISMATCH(Outcome.REJECT, false, "指紋辨識未通過，請至櫃檯辦理。",
            "Fingerprint verification failed. Please go to a counter."),
    NO_FINGERPRINT_ENROLLED(Outcome.REJECT, false, "未登錄指紋，無法改以指紋辨識，請至櫃檯辦理。",
            "No fingerprint is enrolled to fall back on. Please go to a counter."),
    FACE_NOT_DETECTED(Outcome.REJECT, true, "未偵測到臉部，請正視攝影機。", "No face detected. Please look at the camera."),
    FACE_QUALITY_TOO_LOW(Outcome.REJECT, true, "臉部影像品質不足，請正視攝影機。",
            "Face image quality too low. Please look at the camera."),
    FINGER_QUALITY_TOO_LOW(Outcome.REJECT, true, "指紋影像品質不足，請重新按壓。",
            "Fingerprint image quality too low. Please press again."),
    OCCLUSION_SUNGLASSES(Outcome.REJECT, true, "請摘下墨鏡。", "Please remove your sunglasses."),
    OCCLUSION_HAT(Outcome.REJECT, true, "請脫下帽子。", "Please remove your hat."),
    OCCLUSION_MASK(Outcome.REJECT, true, "請取下口罩。", "Please remove your mask."),

    // ---- at the gate: the lane itself --------------------------------------------------------------------------
    TROLLEY_IN_ZONE(Outcome.REJECT, true, "手推車禁止進入辨識區。", "Trolleys are not allowed in the capture zone."),
    MORE_THAN_ONE_PERSON(Outcome.REJECT, true, "請一次一人通關。", "One person at a time, please."),
    CHILD_IN_LANE(Outcome.REJECT, true, "禁止攜帶嬰孩與幼童同時通關。",
            "Infants and children may not be carried through the lane."),
    TIMED_OUT(Outcome.REJECT, false, "通關逾時，請至櫃檯辦理。", "Clearance timed out. Please go to a counter."),
    DEVICE_FAULT(Outcome.REFER, false, "設備故障，請洽查驗人員。", "Device fault. Please see an officer."),
    SERVER_UNAVAILABLE(Outcome.REFER, false, "系統暫時無法連線，請洽查驗人員。",
            "The central system is unavailable. Please see an officer."),

    // ---- crossing records -------------------------------------------------------------------------------------
    IDEMPOTENCY_KEY_REUSED(Outcome.REJECT, false, "重複使用之識別鍵對應不同之通關紀錄。",
            "The idempotency key was already used for a different crossing."),
    CROSSING_DOES_NOT_MATCH_LANE(Outcome.REJECT, false, "通關紀錄之口岸或方向與閘道不符。",
            "The crossing's site or direction does not match its lane."),
    CROSSING_DOES_NOT_MATCH_ENROLLMENT(Outcome.REJECT, false, "通關紀錄之登錄資料不存在或不屬於該旅客。",
            "The crossing's enrollment is unknown or belongs to another traveler."),

    // ---- stamp requests (補蓋章戳) -------------------------------------------------------------------------------
    CROSSING_NOT_FOUND(Outcome.REJECT, false, "查無當次自動通關紀錄。", "No automated crossing found for this request."),
    STAMP_REQUEST_NOT_SAME_DAY(Outcome.REJECT, false, "補蓋章戳須於通關當日提出。",
            "A stamp must be requested on the day of the crossing."),
    ALREADY_STAMPED(Outcome.REJECT, false, "當次入出國查驗章戳已補蓋。", "This crossing has already been stamped.");

    private final Outcome outcome;
    private final boolean retryable;
    private final String zhTw;
    private final String english;

    ReasonCode(Outcome outcome, boolean retryable, String zhTw, String english) {
        this.outcome = outcome;
        this.retryable = retryable;
        this.zhTw = zhTw;
        this.english = english;
    }

    /** Accept, refer to an officer, or reject. */
    public Outcome outcome() {
        return outcome;
    }

    /** True when the traveler can fix it in the lane and the gate keeps trying (until it times out). */
    public boolean isRetryable() {
        return retryable;
    }

    /** The traveler-facing message in Traditional Chinese (Taiwan). */
    public String zhTw() {
        return zhTw;
    }

    /** The traveler-facing message in English. */
    public String english() {
        return english;
    }

    /** Both messages as one value, for decisions and problem+json bodies. */
    public BilingualMessage message() {
        return new BilingualMessage(zhTw, english);
    }

    /** The message for a locale: zh-TW for any Chinese locale, English otherwise. */
    public String message(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zhTw : english;
    }
}
