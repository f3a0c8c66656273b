package org.egate.server.console;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console speaks zh-TW or English: the browser's language first, then {@code ?lang=zh-TW} or
 * {@code ?lang=en} switches and a cookie remembers the choice. Any other language shows English.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocale implements WebMvcConfigurer {
  static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver r = new CookieLocaleResolver("egate-lang");
    r.setCookieMaxAge(Duration.ofDays(365));
    r.setDefaultLocaleFunction(req -> "zh".equals(req.getLocale().getLanguage()) ? ZH_TW : Locale.ENGLISH);
    return r;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/console", "/console/**", "/login");
  }
}
