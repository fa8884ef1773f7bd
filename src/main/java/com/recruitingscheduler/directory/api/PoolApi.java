package com.recruitingscheduler.directory.api;

import com.recruitingscheduler.api.ApiDescription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.directory.Pool;
import com.recruitingscheduler.directory.Pools;
import com.recruitingscheduler.web.InvalidRequestException;
import com.recruitingscheduler.web.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Pools of interviewers: {@code POST /api/pools}, {@code GET /api/pools}, {@code GET/PUT/DELETE /api/pools/{name}}. */
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@Path("/api/pools")
@RolesAllowed(Roles.API)
@Produces(MediaType.APPLICATION_JSON)
public class PoolApi {

    public record MemberJson(String name, String email) {
    }

    public record PoolJson(String name, List<MemberJson> members) {
    }

    /** What {@code PUT} takes: the members, replacing those the pool had. */
    public record MembersBody(List<MemberJson> members) {
    }

    private final Pools pools;

    PoolApi(Pools pools) {
        this.pools = pools;
    }

    @GET
    @Operation(summary = "Every pool with its members")
    public List<PoolJson> list() {
        return QuarkusTransaction.requiringNew().call(() -> Pool.all().stream().map(PoolApi::json).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a pool")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", description = "A pool of that name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", ref = ApiDescription.UNSUPPORTED_MEDIA_TYPE)
    public Response create(PoolJson body) {
        String name = body == null ? null : body.name();
        if (!pools.create(name, members(body == null ? null : body.members()))) {
            return Problem.response(409, "Pool exists", "A pool called '" + name + "' exists; PUT /api/pools/" + name
                    + " changes its members.");
        }
        return Response.created(URI.create("/api/pools/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")))
                .entity(get(name).getEntity()).build();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One pool with its members")
    @APIResponse(responseCode = "200", description = "The pool", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public Response get(@PathParam("name") String name) {
        PoolJson pool = QuarkusTransaction.requiringNew().call(() -> {
            Pool found = Pool.findById(name);
            return found == null ? null : json(found);
        });
        return pool == null ? notFound(name) : Response.ok(pool).build();
    }

    /** Replaces the members ({@code 200}), or creates the pool with them when there is none of that name ({@code 201}). */
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a pool's members (creating the pool if there is none)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolJson.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDescription.UNSUPPORTED_MEDIA_TYPE)
    public Response replaceMembers(@PathParam("name") String name, MembersBody body) {
        List<Pool.Member> members = members(body == null ? null : body.members());
        if (pools.replaceMembers(name, members)) {
            return get(name);
        }
        return create(new PoolJson(name, body == null ? null : body.members()));
    }

    @DELETE
    @Path("/{name}")
    @Operation(summary = "Delete a pool")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public Response delete(@PathParam("name") String name) {
        return pools.delete(name) ? Response.noContent().build() : notFound(name);
    }

    private static Response notFound(String name) {
        return Problem.response(404, "Pool not found", "There is no pool called '" + name + "'.");
    }

    private static PoolJson json(Pool pool) {
        return new PoolJson(pool.name, pool.members.stream().map(m -> new MemberJson(m.name, m.email)).toList());
    }

    private static List<Pool.Member> members(List<MemberJson> members) {
        return members == null ? null : members.stream().map(m -> m == null ? null : new Pool.Member(m.name(), m.email())).toList();
    }

    @ServerExceptionMapper
    Response invalid(InvalidRequestException e) {
        return Problem.invalid(e.problems());
    }
}
