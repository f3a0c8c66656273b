package org.egate.server.console.traveler;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.egate.border.exitban.ExitBanId;
import org.egate.border.traveler.TravelerId;
import org.egate.server.security.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exit-ban management for supervisors: the current bans, imposing one (from a traveler's file) and lifting, each with a reason. */
@Controller
class ExitBanPageController {
  private final ExitBanDesk desk;

  ExitBanPageController(ExitBanDesk desk) {
    this.desk = desk;
  }

  @GetMapping("/console/exit-bans")
  String page(Model model) {
    model.addAttribute("bans", desk.current(Actors.current()));
    return "console/exit-bans";
  }

  @PostMapping("/console/exit-bans")
  String impose(@RequestParam(defaultValue = "") String traveler, @RequestParam(defaultValue = "") String authority,
      @RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
      @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
    try {
      if (!ok(authority) || !ok(reason)) {
        throw new ExitBanDesk.Refusal("exitBans.reasonMissing");
      }
      desk.impose(travelerId(traveler), date(startsOn), date(endsOn), authority.strip(), reason.strip(), Actors.current());
      flash.addFlashAttribute("doneKey", "exitBans.imposed");
    } catch (ExitBanDesk.Refusal r) {
      flash.addFlashAttribute("errorKey", r.messageKey);
    }
    return "redirect:/console/exit-bans";
  }

  @PostMapping("/console/exit-bans/{id}/lifting")
  String lift(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
    try {
      if (!ok(reason)) {
        throw new ExitBanDesk.Refusal("exitBans.reasonMissing");
      }
      ExitBanId banId;
      try {
        banId = ExitBanId.of(id);
      } catch (IllegalArgumentException e) {
        throw new ExitBanDesk.Refusal("exitBans.noBan");
      }
      desk.lift(banId, reason.strip(), Actors.current());
      flash.addFlashAttribute("doneKey", "exitBans.lifted");
    } catch (ExitBanDesk.Refusal r) {
      flash.addFlashAttribute("errorKey", r.messageKey);
    }
    return "redirect:/console/exit-bans";
  }

  private static boolean ok(String text) {
    return !text.isBlank() && text.length() <= ExitBanDesk.TEXT_MAX;
  }

  private static TravelerId travelerId(String text) {
    try {
      return TravelerId.of(text.strip());
    } catch (IllegalArgumentException e) {
      throw new ExitBanDesk.Refusal("exitBans.noTraveler");
    }
  }

  private static LocalDate date(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ExitBanDesk.Refusal("exitBans.badDate");
    }
  }
}
