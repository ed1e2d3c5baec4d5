package com.ordermanagement.analytics.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The analytics dashboard: a static page in the jar ({@code static/dashboard}) that reads the public
 * analytics API like any client. Served at {@code /dashboard}.
 */
@Controller
@Hidden
public class DashboardPage {

    @GetMapping({"/dashboard", "/dashboard/"})
    public String dashboard() {
        return "forward:/dashboard/index.html";
    }
}
