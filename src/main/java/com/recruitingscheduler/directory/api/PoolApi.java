package com.recruitingscheduler.directory.api;

import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.directory.Directory;
import com.recruitingscheduler.directory.Pool;
import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.web.FieldProblem;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Pools of interviewers: {@code POST /api/pools}, {@code GET /api/pools}, {@code GET/PUT/DELETE /api/pools/{name}}. */
@Path("/api/pools")
@RolesAllowed(Roles.API)
@Produces(MediaType.APPLICATION_JSON)
public class PoolApi {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");

    public record MemberJson(String name, String email) {
    }

    public record PoolJson(String name, List<MemberJson> members) {
    }

    /** What {@code PUT} takes: the members, replacing those the pool had. */
    public record MembersBody(List<MemberJson> members) {
    }

    @GET
    public List<PoolJson> list() {
        return QuarkusTransaction.requiringNew().call(() -> Pool.all().stream().map(PoolApi::json).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PoolJson body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.name() == null || !NAME.matcher(body.name()).matches()) {
            problems.add(new FieldProblem("name", "must be 1 to 100 letters, digits, spaces, dots, dashes or underscores"));
        }
        problems.addAll(memberProblems(body == null ? null : body.members()));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            if (Pool.findById(body.name()) != null) {
                return false;
            }
            Pool pool = new Pool();
            pool.name = body.name();
            pool.createdAt = Instant.now();
            pool.members = members(body.members());
            pool.persist();
            return true;
        });
        if (!created) {
            return Problem.response(409, "Pool exists", "A pool called '" + body.name() + "' exists; PUT /api/pools/"
                    + body.name() + " changes its members.");
        }
        return Response.created(URI.create("/api/pools/" + URLEncoder.encode(body.name(), StandardCharsets.UTF_8).replace("+", "%20")))
                .entity(get(body.name()).getEntity()).build();
    }

    @GET
    @Path("/{name}")
    public Response get(@PathParam("name") String name) {
        PoolJson pool = QuarkusTransaction.requiringNew().call(() -> {
            Pool found = Pool.findById(name);
            return found == null ? null : json(found);
        });
        return pool == null ? notFound(name) : Response.ok(pool).build();
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceMembers(@PathParam("name") String name, MembersBody body) {
        List<FieldProblem> problems = memberProblems(body == null ? null : body.members());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean found = QuarkusTransaction.requiringNew().call(() -> {
            Pool pool = Pool.findById(name);
            if (pool == null) {
                return false;
            }
            pool.members.clear();
            pool.members.addAll(members(body.members()));
            return true;
        });
        return found ? get(name) : notFound(name);
    }

    @DELETE
    @Path("/{name}")
    public Response delete(@PathParam("name") String name) {
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> Pool.deleteById(name));
        return deleted ? Response.noContent().build() : notFound(name);
    }

    private static Response notFound(String name) {
        return Problem.response(404, "Pool not found", "There is no pool called '" + name + "'.");
    }

    private static PoolJson json(Pool pool) {
        return new PoolJson(pool.name, pool.members.stream().map(m -> new MemberJson(m.name, m.email)).toList());
    }

    private static List<Pool.Member> members(List<MemberJson> members) {
        return new ArrayList<>(members.stream().map(m -> new Pool.Member(m.name().strip(), Directory.key(m.email()))).toList());
    }

    private static List<FieldProblem> memberProblems(List<MemberJson> members) {
        List<FieldProblem> problems = new ArrayList<>();
        if (members == null) {
            problems.add(new FieldProblem("members", "must list the members: [{\"name\": …, \"email\": …}]"));
            return problems;
        }
        if (members.size() > 500) {
            problems.add(new FieldProblem("members", "can list at most 500 people"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            MemberJson member = members.get(i);
            if (member == null || !InputRules.isPlainEmail(member.email())) {
                problems.add(new FieldProblem("members[" + i + "].email", "must be a plain e-mail address such as name@example.com"));
            } else if (!seen.add(Directory.key(member.email()))) {
                problems.add(new FieldProblem("members[" + i + "].email", "is listed twice"));
            }
            if (member == null || member.name() == null || member.name().isBlank() || member.name().length() > 200
                    || InputRules.hasControlCharacters(member.name(), false)) {
                problems.add(new FieldProblem("members[" + i + "].name", "must be 1 to 200 characters, without control characters"));
            }
        }
        return problems;
    }

    @ServerExceptionMapper
    Response invalid(InvalidRequestException e) {
        return Problem.invalid(e.problems());
    }
}
