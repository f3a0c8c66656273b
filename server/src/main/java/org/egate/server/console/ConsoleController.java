package org.egate.server.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The console's home: who you are and the pages your roles may open. */
@Controller
class ConsoleController {

  @GetMapping("/console")
  String home() {
    return "console/home";
  }

  /** Login form (Spring Security processes the POST); shows why the last attempt failed. */
  @GetMapping("/login")
  String login() {
    return "console/login";
  }

  /** Where the security chain forwards a browser that lacks the role or sent a stale form (403). */
  @RequestMapping("/console/denied") // any method: a refused POST is forwarded here too
  String denied(HttpServletRequest request, Model model) {
    model.addAttribute("csrf", Boolean.TRUE.equals(request.getAttribute("egate.csrf")));
    return "console/denied";
  }
}
