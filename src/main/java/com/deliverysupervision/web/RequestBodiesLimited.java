package com.deliverysupervision.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ALL-3: every body is read whole before it is validated, so one oversized request could fill the
 * server's memory. The application's API takes small JSON documents (an order, an appeal, a
 * termination: {@code delivery.api.max-request-bytes}); Camunda's REST API and Tasklist's engine
 * API carry task forms with their files, in Base64 within JSON ({@code
 * delivery.engine-api.max-request-bytes}, more than the largest form's files). A declared length
 * over the limit is answered 413 before anything reads it, in the API's own error format; a body
 * sent without a length (chunked) is cut off at the limit, which its reader reports as an
 * unreadable body (400 on the application's API, 413 on Camunda's).
 */
@Component
class RequestBodiesLimited extends OncePerRequestFilter {
  private static final List<String> ENGINE_APIS = List.of("/engine-rest/", "/camunda/api/");

  private final long apiMaxBytes;
  private final long engineApiMaxBytes;
  private final ObjectMapper mapper;

  RequestBodiesLimited(
      @Value("${delivery.api.max-request-bytes}") long apiMaxBytes,
      @Value("${delivery.engine-api.max-request-bytes}") long engineApiMaxBytes,
      ObjectMapper mapper) {
    this.apiMaxBytes = apiMaxBytes;
    this.engineApiMaxBytes = engineApiMaxBytes;
    this.mapper = mapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isApi(request) && !isEngineApi(request);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/");
  }

  private static boolean isEngineApi(HttpServletRequest request) {
    return ENGINE_APIS.stream().anyMatch(request.getRequestURI()::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean api = isApi(request);
    long maxBytes = api ? apiMaxBytes : engineApiMaxBytes;
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      String message =
          "The request body has " + declared + " bytes; the API takes at most " + maxBytes + ".";
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      if (api) {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(
            response.getOutputStream(),
            ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message));
      } else {
        // As Camunda's REST API answers its errors.
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        mapper.writeValue(
            response.getOutputStream(),
            Map.of("type", "InvalidRequestException", "message", message));
      }
      return;
    }
    chain.doFilter(declared < 0 ? new LimitedBody(request, maxBytes) : request, response);
  }

  /** A body of unknown length that ends in an error once it exceeds the limit. */
  private static final class LimitedBody extends HttpServletRequestWrapper {
    private final long maxBytes;

    LimitedBody(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream body = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int next = body.read();
          if (next >= 0) {
            counted(1);
          }
          return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int count = body.read(buffer, offset, length);
          if (count > 0) {
            counted(count);
          }
          return count;
        }

        private void counted(int bytes) throws IOException {
          read += bytes;
          if (read > maxBytes) {
            throw new BodyTooLong(maxBytes);
          }
        }

        @Override
        public boolean isFinished() {
          return body.isFinished();
        }

        @Override
        public boolean isReady() {
          return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          body.setReadListener(listener);
        }
      };
    }
  }

  /** Reading stopped at the limit; its message is the answer's. */
  static final class BodyTooLong extends IOException {
    BodyTooLong(long maxBytes) {
      super("The request body is longer than " + maxBytes + " bytes, the most the API takes.");
    }
  }
}
