package org.egate.server.console.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.egate.server.security.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The referral queue page: open enrollment and lane referrals, each with approve / refuse and a required reason. */
@Controller
class ReferralQueueController {
  private final ReferralQueue queue;
  private final Clock clock;

  ReferralQueueController(ReferralQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  @GetMapping("/console/referrals")
  String page(Model model) {
    model.addAttribute("enrollmentReferrals", queue.openEnrollmentReferrals());
    model.addAttribute("laneReferrals", queue.openLaneReferrals(LocalDate.now(clock)));
    return "console/referrals";
  }

  @PostMapping("/console/referrals/enrollments/{id}")
  String resolveEnrollment(@PathVariable UUID id, @RequestParam String decision, @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    return resolve(flash, decision, note, () -> queue.resolveEnrollment(id, "approve".equals(decision), note.strip(), Actors.current()));
  }

  @PostMapping("/console/referrals/lanes/{crossingId}")
  String resolveLane(@PathVariable UUID crossingId, @RequestParam String decision, @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    return resolve(flash, decision, note, () -> queue.resolveLane(crossingId, "approve".equals(decision), note.strip(), Actors.current()));
  }

  private String resolve(RedirectAttributes flash, String decision, String note, java.util.function.Supplier<ReferralQueue.Resolved> action) {
    if (!"approve".equals(decision) && !"refuse".equals(decision)) {
      flash.addFlashAttribute("errorKey", "referral.decisionMissing");
    } else if (note.isBlank() || note.length() > ReferralQueue.NOTE_MAX) {
      flash.addFlashAttribute("errorKey", "referral.noteMissing");
    } else {
      try {
        ReferralQueue.Resolved r = action.get();
        flash.addFlashAttribute("resolved", r);
      } catch (ReferralQueue.QueueRefusal refusal) {
        flash.addFlashAttribute("errorKey", refusal.messageKey);
      }
    }
    return "redirect:/console/referrals";
  }
}
