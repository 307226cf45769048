package se.skapa.rest.http;

import se.skapa.core.common.ValidationException;

/** Domain validation to a 422 problem: the core's violations carry pointer, rule and message. */
public final class Problems {

    private Problems() {
    }

    public static ApiException of(ValidationException e) {
        return new ApiException(Problem.validation(e.violations().stream().map(Problem.ProblemError::of).toList()));
    }
}
