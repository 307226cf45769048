package se.skapa.rest;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.ValidationException;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.RatedBy;
import se.skapa.core.progression.Scale;

/**
 * Reads instrument definitions (format {@code skapa-instrument/1}, see docs/instrument-format.md)
 * so that an organisation can load its own or licensed instruments without code changes.
 * Validation is the core builder's: a bad file fails start-up with the file and the rule named.
 */
public final class InstrumentDefinitions {

    /** The format identifier every definition file carries. */
    public static final String FORMAT = "skapa-instrument/1";

    private InstrumentDefinitions() {
    }

    /** A field the file must give, and not as null: Jackson refuses the file and names the field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @JacksonAnnotationsInside
    @JsonProperty(required = true)
    @JsonSetter(nulls = Nulls.FAIL)
    @interface Required {
    }

    /** The definition file, field by field. */
    public record Definition(@Required String format, @Required String id, @Required int version, @Required Text names,
                             List<String> sources, Text note, @Required List<IndicatorDef> indicators) {
    }

    /** sv/en text. */
    public record Text(@Required String sv, @Required String en) {
        LocalizedText toCore() {
            return LocalizedText.of(sv, en);
        }
    }

    /** One indicator. */
    public record IndicatorDef(@Required String key, @Required Text labels, @Required ScaleDef scale, RatedBy ratedBy, BipGroup bipGroup,
                               Text question) {
    }

    /** A scale with optional anchors (one per step). */
    public record ScaleDef(@Required int min, @Required int max, List<Text> anchors) {
    }

    /** Every *.json file of a directory, sorted by name. */
    public static List<Instrument> readDirectory(ObjectMapper mapper, Path dir) {
        List<Instrument> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(mapper, Files.readAllBytes(f), f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("SKAPA_INSTRUMENTS_DIR: cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * @throws IllegalArgumentException naming the source and every violated rule
     */
    public static Instrument read(ObjectMapper mapper, byte[] json, String source) {
        Definition d;
        try {
            d = mapper.readValue(json, Definition.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not a valid instrument definition: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(d.format())) {
            throw new IllegalArgumentException(source + ": format must be '" + FORMAT + "', got '" + d.format() + "'");
        }
        try {
            Instrument.Builder b = Instrument.builder(d.id(), d.version()).names(d.names().toCore());
            Optional.ofNullable(d.sources()).orElse(List.of()).forEach(b::source);
            Optional.ofNullable(d.note()).ifPresent(n -> b.note(n.toCore()));
            for (IndicatorDef i : d.indicators()) {
                List<LocalizedText> anchors = Optional.ofNullable(i.scale().anchors()).orElse(List.of()).stream().map(Text::toCore).toList();
                Indicator ind = Indicator.of(i.key(), i.labels().toCore(), Scale.of(i.scale().min(), i.scale().max(), anchors),
                        Optional.ofNullable(i.ratedBy()).orElse(RatedBy.PARTICIPANT));
                if (i.bipGroup() != null) {
                    ind = ind.withBipGroup(i.bipGroup());
                }
                if (i.question() != null) {
                    ind = ind.withQuestion(i.question().toCore());
                }
                b.indicator(ind);
            }
            return b.build();
        } catch (ValidationException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
