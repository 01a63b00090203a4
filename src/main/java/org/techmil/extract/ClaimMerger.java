package org.techmil.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.techmil.annotate.Span;

/**
 * Merges the claims one article states several times into one claim per (type, subject, object), keeping every
 * passage as evidence and the first named claimant, and points each denial at the claims it rejects.
 */
final class ClaimMerger {
    private ClaimMerger() {
    }

    /** The claims of one article, from what the frames found in its text. */
    static List<Claim> merge(List<FoundClaim> found, String text) {
        Map<String, List<FoundClaim>> groups = new LinkedHashMap<>();
        for (FoundClaim f : oneDealPerPassage(text, oneDenialByAFirmOrItsPeople(oneActPerBodyAndItsAgency(bodiesForTheirState(
                absorbedByAllegations(reasonsForListing(found)))))))
            groups.computeIfAbsent(Claim.keyOf(f.type(), f.subject(), f.object()), k -> new ArrayList<>()).add(f);
        List<Claim> merged = new ArrayList<>();
        for (Map.Entry<String, List<FoundClaim>> e : groups.entrySet()) {
            List<FoundClaim> group = e.getValue();
            FoundClaim first = group.get(0);
            Entity claimant = group.stream().map(FoundClaim::claimant).filter(c -> c != null).findFirst().orElse(null);
            String detail = group.stream().map(FoundClaim::detail).filter(d -> d != null).findFirst().orElse(null);
            double confidence = group.stream().mapToDouble(FoundClaim::confidence).max().orElse(first.confidence());
            if (group.size() > 1)
                confidence = Math.min(0.99, Math.round((confidence + 0.05) * 100) / 100.0);
            TreeSet<Span> evidence = new TreeSet<>();
            group.forEach(f -> evidence.add(f.evidence()));
            boolean hedged = group.stream().anyMatch(FoundClaim::hedged);
            merged.add(new Claim(e.getKey(), first.type(), first.subject(), first.object(), claimant, detail,
                    confidence, first.rule(), new ArrayList<>(evidence), hedged, List.of()));
        }
        return linkDenials(merged);
    }

    /**
     * When an article alleges that a firm aids a military, the contract or partnership it also reports between the
     * same two is part of what is alleged: those passages become evidence of the allegation instead.
     */
    private static List<FoundClaim> absorbedByAllegations(List<FoundClaim> found) {
        java.util.Map<String, FoundClaim> allegations = new java.util.HashMap<>();
        for (FoundClaim f : found)
            if (f.type() == ClaimType.ALLEGATION)
                allegations.putIfAbsent(f.subject().id() + " " + f.object().id(), f);
        List<FoundClaim> out = new ArrayList<>(found.size());
        for (FoundClaim f : found) {
            FoundClaim allegation = allegations.get(f.subject().id() + " " + f.object().id());
            // "X holds a contract to supply the Army, awarded by DE&S": a deal stated as fact, with no source and no
            // hedge, is reported as a deal even when the article also accuses the firm about the same military
            boolean told = f.claimant() == null && !f.hedged() && !f.evidence().equals(allegation == null ? null : allegation.evidence());
            if (allegation != null && (f.type() == ClaimType.CONTRACT || f.type() == ClaimType.PARTNERSHIP) && !told)
                f = new FoundClaim(ClaimType.ALLEGATION, f.subject(), f.object(), f.claimant(), f.detail(),
                        f.confidence(), allegation.rule(), f.evidence(), f.hedged());
            out.add(f);
        }
        return out;
    }

    /**
     * "The Council, which sanctioned X, said X had supplied engines to Russian forces": what a body that lists or
     * investigates a firm says the firm supplied to a military is its accusation, not a reported deal.
     */
    private static List<FoundClaim> reasonsForListing(List<FoundClaim> found) {
        java.util.Set<String> acts = new java.util.HashSet<>();
        Map<String, Entity> listerInPassage = new java.util.HashMap<>();
        for (FoundClaim f : found)
            if (f.type() == ClaimType.DESIGNATION || f.type() == ClaimType.INVESTIGATION) {
                acts.add(f.subject().family() + " " + f.object().id());
                // "is under investigation by Commerce for selling parts to the PLA": an investigation's reason too
                listerInPassage.putIfAbsent(f.object().id() + " " + f.evidence(), f.subject());
            }
        List<FoundClaim> out = new ArrayList<>(found.size());
        for (FoundClaim f : found) {
            Entity lister = f.type() == ClaimType.CONTRACT && f.claimant() == null && isGerund(f.detail())
                    ? listerInPassage.get(f.subject().id() + " " + f.evidence()) : null;
            if (f.type() == ClaimType.CONTRACT && f.claimant() != null
                    && acts.contains(f.claimant().family() + " " + f.subject().id()))
                f = new FoundClaim(ClaimType.ALLEGATION, f.subject(), f.object(), f.claimant(), f.detail(),
                        f.confidence(), "allegation.listing-reason." + f.rule(), f.evidence(), f.hedged());
            else if (lister != null)
                // "the Treasury designated X for its role in supplying the Russian army": the reason the passage
                // gives for listing the firm is the lister's accusation
                f = new FoundClaim(ClaimType.ALLEGATION, f.subject(), f.object(), lister, f.detail(),
                        f.confidence(), "allegation.listing-reason." + f.rule(), f.evidence(), f.hedged());
            out.add(f);
        }
        return out;
    }

    /** Whether a claim's detail opens with a verb in -ing ("supplying the Russian military"), as a reason clause does. */
    private static boolean isGerund(String detail) {
        if (detail == null)
            return false;
        int space = detail.indexOf(' ');
        String first = space < 0 ? detail : detail.substring(0, space);
        return first.length() > 5 && first.endsWith("ing");
    }

    /**
     * "The Commerce Department added X to the Entity List ... X was listed for what BIS described as ...": a department
     * and its own agency (gazetteer {@code parent}) listing or investigating the same firm are one act, credited to
     * the body the article names first for it.
     */
    private static List<FoundClaim> oneActPerBodyAndItsAgency(List<FoundClaim> found) {
        Map<String, Entity> firstBody = new LinkedHashMap<>();
        List<FoundClaim> out = new ArrayList<>(found.size());
        for (FoundClaim f : found) {
            if (f.type() != ClaimType.DESIGNATION && f.type() != ClaimType.INVESTIGATION) {
                out.add(f);
                continue;
            }
            String act = f.type() + " " + f.object().id();
            Entity body = firstBody.get(act + " " + f.subject().family());
            if (body == null) {
                firstBody.put(act + " " + f.subject().family(), f.subject());
                out.add(f);
            } else {
                out.add(new FoundClaim(f.type(), body, f.object(), f.claimant(), f.detail(), f.confidence(), f.rule(),
                        f.evidence(), f.hedged()));
            }
        }
        return out;
    }

    /**
     * "The Foreign Office added X to the UK's sanctions list", "The United States added six Inspur units to its export
     * blacklist. The Commerce Department said ...": a state (or its government as a whole) and one of its own bodies
     * that list or investigate the same firm in one article are one act, credited to the body whose passage is nearest.
     */
    private static List<FoundClaim> bodiesForTheirState(List<FoundClaim> found) {
        List<FoundClaim> out = new ArrayList<>(found.size());
        for (FoundClaim f : found) {
            Entity body = null;
            int distance = Integer.MAX_VALUE;
            if ((f.type() == ClaimType.DESIGNATION || f.type() == ClaimType.INVESTIGATION) && standsForState(f.subject())
                    && f.subject().country() != null)
                for (FoundClaim b : found) {
                    int d = Math.abs(b.evidence().start() - f.evidence().start());
                    if (b.type() == f.type() && b.object().id().equals(f.object().id()) && !standsForState(b.subject())
                            && f.subject().country().equals(b.subject().country()) && d < distance) {
                        body = b.subject();
                        distance = d;
                    }
                }
            out.add(body == null ? f : new FoundClaim(f.type(), body, f.object(), f.claimant(), f.detail(), f.confidence(),
                    f.rule(), f.evidence(), f.hedged()));
        }
        return out;
    }

    /** A state, or its government as a whole ("Government of India", "United States federal government"). */
    private static boolean standsForState(Entity e) {
        return e.type() == EntityType.COUNTRY || StateServices.isWholeGovernment(e);
    }

    /**
     * "Hartl denied that the company had ever supplied the Russian military. "Isar Optronik has never sold ...", he
     * said.": a firm denying for itself and a person denying for it are one denial, credited to whoever comes first.
     */
    private static List<FoundClaim> oneDenialByAFirmOrItsPeople(List<FoundClaim> found) {
        Map<String, FoundClaim> first = new java.util.HashMap<>();
        for (FoundClaim f : found)
            if (isFirmOrPersonDenial(f)) {
                FoundClaim seen = first.get(f.object().id());
                if (seen == null || f.evidence().start() < seen.evidence().start())
                    first.put(f.object().id(), f);
            }
        List<FoundClaim> out = new ArrayList<>(found.size());
        for (FoundClaim f : found) {
            FoundClaim kept = isFirmOrPersonDenial(f) ? first.get(f.object().id()) : null;
            out.add(kept == null || kept.subject().id().equals(f.subject().id()) ? f
                    : new FoundClaim(f.type(), kept.subject(), f.object(), f.claimant(), f.detail(), f.confidence(),
                            f.rule(), f.evidence(), f.hedged()));
        }
        return out;
    }

    private static boolean isFirmOrPersonDenial(FoundClaim f) {
        return f.type() == ClaimType.DENIAL && (f.subject().type() == EntityType.PERSON || f.subject().id().equals(f.object().id()));
    }

    /**
     * "DAPA awarded it a contract to supply robots to the Republic of Korea Army": one deal that names the body that
     * buys and the force that uses, found by two frames (the award and the supply); credited to the body the first
     * frame found. Parties joined in one list ("supplies the British Army and the Royal Navy") come from one frame
     * and stay apart.
     */
    private static final java.util.regex.Pattern TWO_CLAUSES = java.util.regex.Pattern.compile(",\\s+(and|but|while)\\s|;\\s");

    private static List<FoundClaim> oneDealPerPassage(String text, List<FoundClaim> found) {
        Map<String, FoundClaim> first = new java.util.HashMap<>();
        List<FoundClaim> out = new ArrayList<>(found.size());
        for (FoundClaim f : found) {
            if (f.type() != ClaimType.CONTRACT) {
                out.add(f);
                continue;
            }
            String key = f.subject().id() + " " + f.evidence();
            FoundClaim seen = first.putIfAbsent(key, f);
            boolean oneClause = !TWO_CLAUSES.matcher(text).region(f.evidence().start(), f.evidence().end()).find();
            out.add(seen == null || seen.rule().equals(f.rule()) || !oneClause ? f : new FoundClaim(f.type(), f.subject(), seen.object(), f.claimant(), f.detail(),
                    f.confidence(), f.rule(), f.evidence(), f.hedged()));
        }
        return out;
    }


    private static List<Claim> linkDenials(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.type() != ClaimType.DENIAL) {
                out.add(c);
                continue;
            }
            List<String> denied = new ArrayList<>();
            for (Claim other : claims)
                if (other.type() == ClaimType.ALLEGATION && other.subject().id().equals(c.object().id()))
                    denied.add(other.key());
            if (denied.isEmpty()) {
                for (Claim other : claims)
                    if (other.type() != ClaimType.DENIAL && (other.subject().id().equals(c.object().id())
                            || other.object().id().equals(c.object().id())))
                        denied.add(other.key());
            }
            out.add(new Claim(c.key(), c.type(), c.subject(), c.object(), c.claimant(), c.detail(), c.confidence(),
                    c.rule(), c.evidence(), c.hedged(), denied));
        }
        return out;
    }
}
