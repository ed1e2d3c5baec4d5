package com.ordermanagement;

import com.ordermanagement.cosmos.ContainerPolicyCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OrderManagementApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(ContainerPolicyCommand.ARGUMENT)) {
            System.exit(ContainerPolicyCommand.run(args));
        }
        SpringApplication.run(OrderManagementApplication.class, args);
    }
}
