package com.ordermanagement.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The Python service's documentation URLs: the OpenAPI document at /openapi.json and
 * /api/v1/openapi.json, and ReDoc at /redoc.
 */
@Controller
@Hidden
public class DocsController {

    private final String redocPage;

    public DocsController(@Value("${redoc.version:2.1.5}") String redocVersion) {
        this.redocPage = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Order Management Service – ReDoc</title>
                </head>
                <body>
                  <redoc spec-url="/v3/api-docs"></redoc>
                  <script src="/webjars/redoc/%s/redoc.standalone.js"></script>
                </body>
                </html>
                """.formatted(redocVersion);
    }

    /** Also at the Python service's own path, where its clients and gateways fetch it. */
    @GetMapping({"/openapi.json", "/api/v1/openapi.json"})
    public String openApi() {
        return "forward:/v3/api-docs";
    }

    @GetMapping(path = "/redoc", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String redoc() {
        return redocPage;
    }
}
