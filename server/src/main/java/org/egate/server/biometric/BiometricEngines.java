package org.egate.server.biometric;

import org.egate.biometrics.face.model.FaceModels;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which engines compute templates: SourceAFIS for fingerprints; the face-api pipeline for faces
 * (decision 0100). The face models are loaded once per server and shared by every request thread.
 */
@Configuration(proxyBeanMethods = false)
public class BiometricEngines {
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  FaceModels faceModels() {
    // one inference thread per analysis; concurrency comes from parallel requests (FaceApiTemplates)
    return FaceModels.load(1);
  }

  @Bean
  @ConditionalOnMissingBean
  FaceTemplates faceTemplates(FaceModels models) {
    return new FaceApiTemplates(models, Runtime.getRuntime().availableProcessors());
  }

  @Bean
  @ConditionalOnMissingBean
  FingerTemplates fingerTemplates() {
    return new SourceAfisFingerTemplates();
  }
}
