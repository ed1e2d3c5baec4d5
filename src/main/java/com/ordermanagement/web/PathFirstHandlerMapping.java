package com.ordermanagement.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's annotated-controller mapping, asking each mapping about the request's path before
 * anything else. A path with a variable in it ({@code /api/v1/orders/{order_id}}) is not found by
 * direct lookup, so every mapping is asked whether it matches; Spring asks about the method, the
 * headers and the {@code Accept} header (parsed again for each mapping) before the path, which rules
 * out almost all of them. Asking about the path first gives the same answer for less: a mapping
 * matches only when every condition does, and the 404/405/406/415 answers for requests no mapping
 * takes come from Spring's own check of each condition, which this does not touch.
 */
public class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    @Override
    protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths != null && paths.getMatchingCondition(request) == null) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }
}
