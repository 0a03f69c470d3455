package com.deliverysupervision.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON, as documented. Jollyday reads its holiday calendars with Jackson's XML
 * module, whose presence made Spring MVC also take XML bodies (and answer in XML when asked): a
 * second, untested way in (ALL-3). XML bodies now get 415.
 */
@Configuration
class JsonOnlyApi implements WebMvcConfigurer {
  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
  }
}
