package com.recruitingscheduler.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;

import static io.restassured.RestAssured.given;

/** A form post as a browser makes it: with the CSRF cookie and the matching token from a page's form. */
public final class Csrf {

    private Csrf() {
    }

    public static RequestSpecification form() {
        Response page = given().get("/interviews/new");
        String token = Jsoup.parse(page.asString()).select("input[name=csrf-token]").attr("value");
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", token);
    }
}
