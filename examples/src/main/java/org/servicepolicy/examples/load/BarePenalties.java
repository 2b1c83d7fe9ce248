package org.servicepolicy.examples.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.rest.PenaltyView;

/**
 * The baseline of the read figure: a bare Jersey endpoint answering
 * {@code GET /bare/employees/{id}/penalties} with the same JSON the API answers, penalties held
 * in memory and written by Jackson on every request, with no database, no authentication and no
 * access check.
 */
@Path("/bare/employees/{id}/penalties")
public final class BarePenalties {
    private final Map<String, List<PenaltyView>> penalties;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    /** An endpoint answering the penalties of each employee id in {@code penalties}. */
    public BarePenalties(Map<String, List<PenaltyView>> penalties) {
        this.penalties = Map.copyOf(Objects.requireNonNull(penalties, "penalties"));
    }

    /** The employee's penalties, as JSON. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get(@PathParam("id") String id) throws JsonProcessingException {
        return json.writeValueAsString(penalties.getOrDefault(id, List.of()));
    }
}
