package org.egate.server.console;

import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The signed-in console page: who you are, your roles, and a CSRF-protected sign-out form. */
@Controller
class ConsoleController {

  @GetMapping(value = "/console", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String console(Principal principal, Authentication auth, CsrfToken csrf) {
    String roles = auth.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", "")).sorted().toList().toString();
    return """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>egate console</title></head>
        <body><h1>egate console</h1><p>Signed in as <b>%s</b> %s.</p>
        <p>API: <a href="/v3/api-docs">/v3/api-docs</a></p>
        <form method="post" action="/logout"><input type="hidden" name="%s" value="%s"><button>Sign out</button></form>
        </body></html>"""
        .formatted(HtmlUtils.htmlEscape(principal.getName()), HtmlUtils.htmlEscape(roles),
            HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
  }
}
