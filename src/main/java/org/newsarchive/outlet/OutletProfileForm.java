package org.newsarchive.outlet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The admin's form for an outlet's profile facts, as sent: its kind, its country (ISO 3166 two-letter
 * code, or blank), whether the state owns it ({@code yes}, {@code no} or blank for unknown) and the
 * source of these facts, which a stated ownership needs.
 */
record OutletProfileForm(String kind, String country, String stateOwned, String profileSource) {

    static final int SOURCE_LENGTH = 500;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static OutletProfileForm of(Outlet outlet) {
        return new OutletProfileForm(outlet.getKind().name(), outlet.getCountry(),
                outlet.getStateOwned() == null ? "" : outlet.getStateOwned() ? "yes" : "no", outlet.getProfileSource());
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kindValue() == null) {
            problems.add("'" + abbreviated(kind) + "' is not a kind of outlet.");
        }
        if (!blank(country) && !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
            problems.add("'" + abbreviated(country) + "' is not a two-letter country code (ISO 3166), such as RU or FR.");
        }
        if (!blank(stateOwned) && !List.of("yes", "no").contains(stateOwned)) {
            problems.add("State-owned must be yes, no or not known.");
        }
        if (!blank(stateOwned) && blank(profileSource)) {
            problems.add("Say where the ownership comes from: a source is needed when it is stated.");
        }
        if (profileSource != null && profileSource.strip().length() > SOURCE_LENGTH) {
            problems.add("The source is longer than " + SOURCE_LENGTH + " characters.");
        }
        return problems;
    }

    OutletKind kindValue() {
        return Arrays.stream(OutletKind.values()).filter(value -> value.name().equals(kind)).findFirst().orElse(null);
    }

    void applyTo(Outlet outlet) {
        outlet.setProfile(kindValue(), blank(country) ? null : country.strip().toUpperCase(Locale.ROOT),
                blank(stateOwned) ? null : stateOwned.equals("yes"), blank(profileSource) ? null : profileSource.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String abbreviated(String value) {
        String shown = value == null ? "" : value;
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
