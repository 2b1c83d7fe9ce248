package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI document served at {@code /api/v1/openapi.json} is kept in step with the
 * resources: every resource method's path and verb is documented, every documented operation is
 * a resource method, and request bodies match the methods' entity parameters.
 */
class OpenApiDocumentTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    @Test
    void theDocumentIsOpenApi3() {
        var document = document();

        assertThat(document.get("openapi").asText()).startsWith("3.0.");
        assertThat(document.at("/info/title").asText()).isEqualTo("servicepolicy");
        assertThat(document.at("/info/description").asText()).contains("application/problem+json");
    }

    @Test
    void everyResourceMethodIsDocumentedAndEveryDocumentedOperationIsAResourceMethod() {
        var documented = new TreeSet<String>();
        document().get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(resourceMethods().keySet()).isNotEmpty().isEqualTo(documented);
    }

    @Test
    void everyRequestBodyIsTheResourceMethodsEntityType() {
        var paths = document().get("paths");

        resourceMethods().forEach((operation, method) -> {
            var verbAndPath = operation.split(" ", 2);
            var documented = paths.get(verbAndPath[1]).get(verbAndPath[0].toLowerCase());
            var entity = entityParameter(method);
            if (entity.isEmpty()) {
                assertThat(documented.has("requestBody")).as(operation).isFalse();
            } else {
                assertThat(documented.at("/requestBody/content/application~1json/schema/$ref").asText()).as(operation)
                        .isEqualTo("#/components/schemas/" + entity.get().getType().getSimpleName());
            }
        });
    }

    @Test
    void everyQueryParameterOfAResourceMethodIsDocumentedAndNoOther() {
        var paths = document().get("paths");

        resourceMethods().forEach((operation, method) -> {
            var verbAndPath = operation.split(" ", 2);
            var documented = new TreeSet<String>();
            paths.get(verbAndPath[1]).get(verbAndPath[0].toLowerCase()).path("parameters").forEach(parameter -> {
                if (parameter.get("in").asText().equals("query")) {
                    documented.add(parameter.get("name").asText());
                }
            });
            var read = new TreeSet<String>();
            Arrays.stream(method.getParameters()).map(p -> p.getAnnotation(QueryParam.class)).filter(q -> q != null)
                    .forEach(q -> read.add(q.value()));
            assertThat(documented).as(operation).isEqualTo(read);
        });
    }

    @Test
    void everyHeaderParameterOfAResourceMethodIsDocumentedAndNoOther() {
        var paths = document().get("paths");

        resourceMethods().forEach((operation, method) -> {
            var verbAndPath = operation.split(" ", 2);
            var documented = new TreeSet<String>();
            paths.get(verbAndPath[1]).get(verbAndPath[0].toLowerCase()).path("parameters").forEach(parameter -> {
                if (parameter.get("in").asText().equals("header")) {
                    documented.add(parameter.get("name").asText());
                }
            });
            var read = new TreeSet<String>();
            Arrays.stream(method.getParameters()).map(p -> p.getAnnotation(HeaderParam.class)).filter(h -> h != null)
                    .forEach(h -> read.add(h.value()));
            assertThat(documented).as(operation).isEqualTo(read);
        });
    }

    @Test
    void everyCreatingPostTakesAnIdempotencyKeyAndDocumentsItsReplaysAndConflicts() {
        var creating = new ArrayList<String>();
        document().get("paths").properties().forEach(path -> {
            var post = path.getValue().path("post");
            if (!post.at("/responses/201").isMissingNode()) {
                creating.add(path.getKey());
                assertThat(post.get("parameters")).as(path.getKey()).anySatisfy(p -> {
                    assertThat(p.get("name").asText()).isEqualTo("Idempotency-Key");
                    assertThat(p.get("in").asText()).isEqualTo("header");
                    assertThat(p.get("required").asBoolean()).isFalse();
                    assertThat(p.at("/schema/maxLength").asInt()).isEqualTo(255);
                });
                assertThat(post.at("/responses/201/headers/Idempotency-Replayed/schema/type").asText())
                        .as(path.getKey()).isEqualTo("boolean");
                assertThat(post.get("responses").has("409")).as(path.getKey()).isTrue();
                assertThat(post.get("responses").has("422")).as(path.getKey()).isTrue();
            }
        });

        assertThat(creating).contains("/api/v1/violations", "/api/v1/departments", "/api/v1/employees",
                "/api/v1/leave-requests", "/api/v1/policies", "/api/v1/tasks", "/api/v1/assessment-cycles",
                "/api/v1/assessment-cycles/{id}/evaluations", "/api/v1/suggestions",
                "/api/v1/employees/{id}/promotion-eligibility");
        assertThat(document().at("/info/description").asText()).contains("Idempotency-Key");
    }

    @Test
    void theServiceRecordOperationsAreDocumentedWithTheirBodiesAndAnswers() {
        var paths = document().get("paths");

        assertThat(paths.at("/~1api~1v1~1service-cases/post/responses/201").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1service-cases~1{id}/get/responses/404").isMissingNode()).isFalse();
        for (var action : List.of("finish", "commitments", "commitments~1{number}~1reply", "return-trips",
                "return-visit")) {
            assertThat(paths.at("/~1api~1v1~1service-cases~1{id}~1" + action + "/post/responses/200").isMissingNode())
                    .as(action).isFalse();
        }
        assertThat(paths.at("/~1api~1v1~1service-cases~1{id}~1return-visit/post/requestBody").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1v1~1employees~1{id}~1service-cases/get/responses/200").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1service-sweeps/post/responses/403").isMissingNode()).isFalse();
    }

    @Test
    void theDepartmentRequestOperationsAreDocumentedWithTheirBodiesAndAnswers() {
        var paths = document().get("paths");

        assertThat(paths.at("/~1api~1v1~1department-requests/post/responses/201").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1department-requests/get/responses/200").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1department-requests~1{id}/get/responses/404").isMissingNode()).isFalse();
        for (var action : List.of("answer", "accept", "return")) {
            assertThat(paths.at("/~1api~1v1~1department-requests~1{id}~1" + action + "/post/responses/200")
                    .isMissingNode()).as(action).isFalse();
        }
        assertThat(paths.at("/~1api~1v1~1department-requests~1{id}~1answer/post/requestBody").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1v1~1department-requests~1sweep/post/responses/403").isMissingNode()).isFalse();
    }

    @Test
    void theFeedbackOperationsAreDocumentedStaffOnesAuthenticatedPublicOnesThrottled() {
        var paths = document().get("paths");

        assertThat(paths.at("/~1api~1v1~1feedback/post/responses/201/headers/Location").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1v1~1feedback~1{id}/get/responses/404").isMissingNode()).isFalse();
        for (var action : List.of("routing", "responsible", "response", "waiting", "customer-answer",
                "corrective-action", "result", "ruling", "closure")) {
            var operation = paths.at("/~1api~1v1~1feedback~1{id}~1" + action + "/post");
            assertThat(operation.at("/responses/200").isMissingNode()).as(action).isFalse();
            assertThat(operation.at("/responses/401").isMissingNode()).as(action).isFalse();
            assertThat(operation.at("/requestBody").isMissingNode()).as(action).isFalse();
        }
        var submit = paths.at("/~1api~1v1~1public~1feedback/post");
        assertThat(submit.at("/responses/201/headers/Location").isMissingNode()).isTrue();
        assertThat(submit.at("/responses/429/$ref").asText()).isEqualTo("#/components/responses/429");
        for (var path : List.of("/~1api~1v1~1public~1feedback~1{token}/get",
                "/~1api~1v1~1public~1feedback~1{token}~1answer/post",
                "/~1api~1v1~1public~1feedback~1{token}~1acceptance/post",
                "/~1api~1v1~1public~1feedback~1{token}~1rejection/post")) {
            assertThat(paths.at(path + "/responses/429").isMissingNode()).as(path).isFalse();
            assertThat(paths.at(path + "/responses/404").isMissingNode()).as(path).isFalse();
            assertThat(paths.at(path + "/responses/401").isMissingNode()).as(path).isTrue();
        }
        assertThat(document().at("/components/responses/429/description").asText()).contains("too-many-requests");
    }

    @Test
    void aQueryParameterThatCannotBeReadIsDocumentedAsABadRequest() {
        var facts = document().at("/paths/~1api~1v1~1employees~1{id}~1compliance-facts/get");

        assertThat(facts.at("/responses/400/$ref").asText()).isEqualTo("#/components/responses/400");
        assertThat(facts.get("parameters")).anySatisfy(p -> {
            assertThat(p.get("name").asText()).isEqualTo("from");
            assertThat(p.get("required").asBoolean()).isTrue();
            assertThat(p.at("/schema/format").asText()).isEqualTo("date-time");
        });
        var tasks = document().at("/paths/~1api~1v1~1employees~1{id}~1tasks/get/parameters");
        assertThat(tasks).anySatisfy(p -> {
            assertThat(p.get("name").asText()).isEqualTo("status");
            assertThat(p.get("required").asBoolean()).isFalse();
            assertThat(p.at("/schema/enum")).hasSize(7);
        });
    }

    @Test
    void everyReferenceResolvesAndEveryOperationDocumentsItsSuccess() {
        var document = document();
        var references = new ArrayList<String>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> assertThat(
                document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
        document.get("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operation.get("operationId").asText()).isNotBlank();
            assertThat(operation.get("responses").fieldNames()).toIterable().anyMatch(s -> s.startsWith("2"));
        }));
    }

    @Test
    void operationIdsAreUnique() {
        var ids = new ArrayList<String>();
        document().get("paths").forEach(path -> path.forEach(operation -> ids.add(operation.get("operationId").asText())));

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void requestBodySchemasRefuseUnknownMembersAndListRequiredOnes() {
        var schemas = document().at("/components/schemas");

        assertThat(schemas.at("/RecordViolationBody/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.at("/RecordViolationBody/properties/type/enum")).isNotEmpty();
        assertThat(schemas.at("/DamageBody/required")).hasSize(3);
        assertThat(schemas.at("/ProblemView/properties/errors/type").asText()).isEqualTo("array");
        assertThat(schemas.at("/NewTaskBody/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.at("/NewTaskBody/properties/progressReportEvery/type").asText()).isEqualTo("string");
        assertThat(schemas.at("/CompletionReportBody/properties/checks/items/$ref").asText())
                .isEqualTo("#/components/schemas/SelfCheckBody");
    }

    @Test
    void everyOperationWithABodyDocumentsTheBodyLimitAndTheMediaType() {
        var document = document();
        var withBodies = new ArrayList<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue().has("requestBody")) {
                withBodies.add(operation.getKey() + " " + path.getKey());
                assertThat(operation.getValue().at("/responses/413/$ref").asText()).as(path.getKey())
                        .isEqualTo("#/components/responses/413");
                assertThat(operation.getValue().at("/responses/415/$ref").asText()).as(path.getKey())
                        .isEqualTo("#/components/responses/415");
            }
        }));

        assertThat(withBodies).contains("post /api/v1/violations", "post /api/v1/policies");
        assertThat(document.at("/components/responses/413/description").asText()).contains("request-too-large");
        assertThat(document.at("/info/description").asText()).contains("1 MiB", "413", "Cache-Control: no-store");
    }

    @Test
    void everyAnswerDocumentsThatItIsNeitherCachedNorSniffed() {
        var document = document();
        var answers = new ArrayList<JsonNode>();
        document.get("paths").forEach(path -> path.forEach(operation -> operation.get("responses")
                .forEach(response -> {
                    if (!response.has("$ref")) {
                        answers.add(response);
                    }
                })));
        document.at("/components/responses").forEach(answers::add);

        assertThat(answers).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.at("/headers/Cache-Control/schema/enum/0").asText()).isEqualTo("no-store");
            assertThat(answer.at("/headers/X-Content-Type-Options/schema/enum/0").asText()).isEqualTo("nosniff");
        });
    }

    @Test
    void theRefusalToFinalizeACycleDocumentsTheMissingEvaluations() {
        var document = document();

        assertThat(document.at("/components/schemas/ProblemView/properties/missing/items/$ref").asText())
                .isEqualTo("#/components/schemas/MissingEvaluationView");
        assertThat(document.at("/components/schemas/MissingEvaluationView/properties/evaluatorRole/enum"))
                .hasSize(3);
        assertThat(document.at("/paths/~1api~1v1~1assessment-cycles~1{id}~1finalize/post/responses/422/$ref")
                .asText()).isEqualTo("#/components/responses/422");
        assertThat(document.at("/paths/~1api~1v1~1rewards/get/parameters/0/schema/enum")).hasSize(4);
    }

    @Test
    void everyDocumentedOperationIsMountedByTheFeature() {
        document().get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(verb -> {
            var concrete = path.getKey().replace("/api/v1", "").replaceAll("\\{\\w+}", "x-1");
            var answer = api.as(User.HR).send(verb.toUpperCase(), concrete, verb.equals("post") ? "application/json" : null,
                    verb.equals("post") ? "{}" : null);
            assertThat(answer.status() < 300 || !answer.json().get("type").asText().equals("about:blank"))
                    .as(verb + " " + concrete + " answered " + answer).isTrue();
        }));
    }

    private JsonNode document() {
        var answer = api.anonymous().get("/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    /** Every resource method as "VERB /path", found by reflection over the adapter's classes. */
    static Map<String, Method> resourceMethods() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.servicepolicy.rest");
        var methods = new TreeMap<String, Method>();
        for (JavaClass javaClass : classes) {
            var resource = javaClass.reflect();
            var classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (var method : resource.getMethods()) {
                var verb = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                        .map(HttpMethod::value).findFirst();
                if (verb.isEmpty()) {
                    continue;
                }
                var methodPath = method.getAnnotation(Path.class);
                var full = ("/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()))
                        .replaceAll("/+", "/").replaceAll("/$", "");
                methods.put(verb.get() + " " + full, method);
            }
        }
        return methods;
    }

    private static Optional<Parameter> entityParameter(Method method) {
        return Arrays.stream(method.getParameters()).filter(p -> p.getAnnotations().length == 0).findFirst();
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }
}
