package nl.simon.app;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * A client's mistake Spring resolves itself (wrong method, wrong content type, a non-numeric id, …) is
 * logged at DEBUG, one line, no stack trace (issue 14); Spring logs each at WARN otherwise. The few it
 * answers with a 5xx (an answer that cannot be written, a missing path variable) stay at WARN.
 */
@Configuration(proxyBeanMethods = false)
class ClientErrorLogging implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        for (int i = 0; i < resolvers.size(); i++) {
            if (resolvers.get(i).getClass() == DefaultHandlerExceptionResolver.class) {
                resolvers.set(i, new QuietAboutClients());
            }
        }
    }

    static final class QuietAboutClients extends DefaultHandlerExceptionResolver {
        private static final Logger LOG = LoggerFactory.getLogger(ClientErrorLogging.class);

        QuietAboutClients() {
            setWarnLogCategory(null);
        }

        @Override
        protected void logException(Exception ex, HttpServletRequest request) {
            if (ex instanceof HttpMessageNotWritableException
                    || ex instanceof ConversionNotSupportedException
                    || ex instanceof MissingPathVariableException
                    || ex instanceof AsyncRequestTimeoutException) {
                LOG.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
            } else {
                LOG.debug("{} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
            }
        }
    }
}
