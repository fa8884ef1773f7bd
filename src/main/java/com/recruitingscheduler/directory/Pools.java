package com.recruitingscheduler.directory;

import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.web.FieldProblem;
import com.recruitingscheduler.web.InvalidRequestException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The one home of a pool's rules: its name, its members (plain e-mails, each once), creating, changing, deleting. */
@ApplicationScoped
public class Pools {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");
    public static final int MAX_MEMBERS = 500;

    /**
     * Creates a pool.
     *
     * @return false when a pool of that name exists (nothing changed)
     */
    public boolean create(String name, List<Pool.Member> members) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", "must be 1 to 100 letters, digits, spaces, dots, dashes or underscores"));
        }
        problems.addAll(problemsWith(members));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Pool.findById(name) != null) {
                return false;
            }
            Pool pool = new Pool();
            pool.name = name;
            pool.createdAt = Instant.now();
            pool.members = normalized(members);
            pool.persist();
            return true;
        });
    }

    /**
     * Replaces a pool's members.
     *
     * @return false when there is no such pool
     */
    public boolean replaceMembers(String name, List<Pool.Member> members) {
        List<FieldProblem> problems = problemsWith(members);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Pool pool = Pool.findById(name);
            if (pool == null) {
                return false;
            }
            pool.members.clear();
            pool.members.addAll(normalized(members));
            return true;
        });
    }

    public boolean delete(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Pool.deleteById(name));
    }

    private static List<Pool.Member> normalized(List<Pool.Member> members) {
        return new ArrayList<>(members.stream().map(m -> new Pool.Member(m.name.strip(), Directory.key(m.email))).toList());
    }

    private static List<FieldProblem> problemsWith(List<Pool.Member> members) {
        List<FieldProblem> problems = new ArrayList<>();
        if (members == null) {
            problems.add(new FieldProblem("members", "must list the members: [{\"name\": …, \"email\": …}]"));
            return problems;
        }
        if (members.size() > MAX_MEMBERS) {
            problems.add(new FieldProblem("members", "can list at most " + MAX_MEMBERS + " people"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Pool.Member member = members.get(i);
            if (member == null || !InputRules.isPlainEmail(member.email)) {
                problems.add(new FieldProblem("members[" + i + "].email", "must be a plain e-mail address such as name@example.com"));
            } else if (!seen.add(Directory.key(member.email))) {
                problems.add(new FieldProblem("members[" + i + "].email", "is listed twice"));
            }
            if (member == null || member.name == null || member.name.isBlank() || member.name.length() > 200
                    || InputRules.hasControlCharacters(member.name, false)) {
                problems.add(new FieldProblem("members[" + i + "].name", "must be 1 to 200 characters, without control characters"));
            }
        }
        return problems;
    }
}
