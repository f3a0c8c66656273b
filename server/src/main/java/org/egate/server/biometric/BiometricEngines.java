package org.egate.server.biometric;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which engines compute templates: SourceAFIS for fingerprints; the interim thumbnail for faces (decision 0055). */
@Configuration(proxyBeanMethods = false)
public class BiometricEngines {
  @Bean
  @ConditionalOnMissingBean
  FaceTemplates faceTemplates() {
    return new ThumbnailFaceTemplates();
  }

  @Bean
  @ConditionalOnMissingBean
  FingerTemplates fingerTemplates() {
    return new SourceAfisFingerTemplates();
  }
}
