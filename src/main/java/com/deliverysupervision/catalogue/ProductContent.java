package com.deliverysupervision.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** A revision's content as stored: the seller's draft as JSON. */
@Component
class ProductContent {
  private final ObjectMapper mapper;

  ProductContent(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  String write(ProductDraft draft) {
    try {
      return mapper.writeValueAsString(draft);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  ProductDraft read(String content) {
    try {
      return mapper.readValue(content, ProductDraft.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
