package com.recruitingscheduler.conference;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A conference that exists: how to join it and what Google signed. This is what the app copies from the
 * interviewer event into the candidate event; the {@code signature} must travel with it or Google drops the copy.
 *
 * @param conferenceId for Google's and the app's bookkeeping only; never shown to users
 * @param notes        HTML from the conference provider; sanitize before rendering
 */
public record ConferenceSolution(SolutionType type, String name, String iconUri, String conferenceId,
                                 List<EntryPoint> entryPoints, String notes, String signature) {

    public static final int MAX_NOTES = 2048;

    public ConferenceSolution {
        if (type == null) {
            throw new InvalidConferenceException("A conference needs a solution type.");
        }
        entryPoints = entryPoints == null ? List.of() : List.copyOf(entryPoints);
        if (entryPoints.isEmpty()) {
            throw new InvalidConferenceException("A conference needs at least one entry point.");
        }
        Map<EntryPointType, Integer> counts = new EnumMap<>(EntryPointType.class);
        for (EntryPoint entryPoint : entryPoints) {
            int count = counts.merge(entryPoint.type(), 1, Integer::sum);
            if (count > entryPoint.type().maxPerConference()) {
                throw new InvalidConferenceException("A conference can have at most one " + entryPoint.type().key()
                        + " entry point.");
            }
        }
        if (counts.size() == 1 && counts.containsKey(EntryPointType.MORE)) {
            throw new InvalidConferenceException("A conference with only a 'more' entry point is invalid; "
                    + "it needs a video, phone or sip entry point too.");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidConferenceException("The conference notes are " + notes.length()
                    + " characters long; Google allows at most " + MAX_NOTES + ".");
        }
    }

    /** The video link, if the conference has one. */
    public java.util.Optional<EntryPoint> video() {
        return entryPoints.stream().filter(e -> e.type() == EntryPointType.VIDEO).findFirst();
    }

    public List<EntryPoint> entryPointsOf(EntryPointType type) {
        return entryPoints.stream().filter(e -> e.type() == type).toList();
    }
}
