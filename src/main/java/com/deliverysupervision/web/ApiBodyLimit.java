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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ALL-3: the application's API takes small JSON documents (an order, an appeal, a termination), yet
 * a body is read whole before it is validated, so one oversized request could fill the server's
 * memory. A declared length over {@code delivery.api.max-request-bytes} is answered 413 before
 * anything reads it; a body sent without a length (chunked) is cut off at the limit, which its
 * reader reports as an unreadable body (400). Camunda's REST API carries task forms with files and
 * keeps its own limits.
 */
@Component
class ApiBodyLimit extends OncePerRequestFilter {
  private final long maxBytes;
  private final ObjectMapper mapper;

  ApiBodyLimit(@Value("${delivery.api.max-request-bytes}") long maxBytes, ObjectMapper mapper) {
    this.maxBytes = maxBytes;
    this.mapper = mapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.PAYLOAD_TOO_LARGE,
              "The request body has "
                  + declared
                  + " bytes; the API takes at most "
                  + maxBytes
                  + ".");
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      mapper.writeValue(response.getOutputStream(), problem);
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
