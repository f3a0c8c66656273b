package org.egate.server.console.traveler;

import java.util.List;
import java.util.Locale;
import org.egate.server.security.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Traveler lookup by document number. A POST, not a GET: the number stays out of URLs, browser
 * history and access logs, and the audited read is a CSRF-protected action.
 */
@Controller
class TravelerLookupController {
  private final TravelerLookup lookup;

  TravelerLookupController(TravelerLookup lookup) {
    this.lookup = lookup;
  }

  @GetMapping("/console/travelers")
  String form() {
    return "console/travelers";
  }

  @PostMapping("/console/travelers")
  String lookUp(@RequestParam(defaultValue = "") String document, @RequestParam(defaultValue = "") String purpose, Model model) {
    String number = document.strip().replace("<", "").toUpperCase(Locale.ROOT);
    String why = purpose.strip();
    model.addAttribute("document", number);
    model.addAttribute("purpose", why);
    if (!TravelerLookup.DOCUMENT_NUMBER.matcher(number).matches()) {
      model.addAttribute("errorKey", "travelers.badNumber");
    } else if (why.isEmpty() || why.length() > TravelerLookup.PURPOSE_MAX) {
      model.addAttribute("errorKey", "travelers.purposeMissing");
    } else {
      List<TravelerLookup.TravelerFile> files = lookup.lookUp(number, why, Actors.current());
      model.addAttribute("files", files);
      if (files.isEmpty()) {
        model.addAttribute("errorKey", "travelers.notFound");
      }
    }
    return "console/travelers";
  }
}
