// SPDX-License-Identifier: Apache-2.0
package org.dateline.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Converts between dates and pixels and chooses the tick levels for a visible stretch of time. Pure and immutable:
 * no JavaFX, so it is tested without a stage. Days are fractional epoch days so zooming is smooth; day {@code d}
 * covers {@code [d, d + 1)}.
 */
public final class TimeAxis {
    /** The narrowest stretch one can zoom to, in days: below this the day ticks stop being useful. */
    public static final double MIN_SPAN_DAYS = 3;
    /** The widest stretch, in days (about 2,000 years). */
    public static final double MAX_SPAN_DAYS = 730_000;
    /** Minor ticks closer than this many pixels are not drawn. */
    static final double MIN_MINOR_SPACING = 8;
    // Far enough from LocalDate's limits that tick arithmetic never overflows.
    private static final double MIN_DAY = LocalDate.of(-9000, 1, 1).toEpochDay();
    private static final double MAX_DAY = LocalDate.of(9000, 12, 31).toEpochDay();

    /** Tick levels, fine to coarse; each knows how to round a date down, step to the next tick, and label it. */
    public enum Level {
        DAY(1, 84, "d MMM yyyy"),
        WEEK(7, 84, "d MMM yyyy"),
        MONTH(30.44, 66, "MMM yyyy"),
        QUARTER(91.31, 66, null),
        YEAR(365.25, 46, "yyyy"),
        DECADE(3652.5, 52, null),
        CENTURY(36524.25, 52, null);

        /** Average length in days, used to pick a level for a zoom. */
        final double days;
        /** Pixels a major tick needs so that its label does not touch the next one. */
        final double labelSpacing;
        private final DateTimeFormatter format;

        Level(double days, double labelSpacing, String pattern) {
            this.days = days;
            this.labelSpacing = labelSpacing;
            this.format = pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        }

        public LocalDate floor(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> d.withDayOfMonth(1);
                case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
                case YEAR -> LocalDate.of(d.getYear(), 1, 1);
                case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
                case CENTURY -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
            };
        }

        public LocalDate next(LocalDate d) {
            return switch (this) {
                case DAY -> d.plusDays(1);
                case WEEK -> d.plusWeeks(1);
                case MONTH -> d.plusMonths(1);
                case QUARTER -> d.plusMonths(3);
                case YEAR -> d.plusYears(1);
                case DECADE -> d.plusYears(10);
                case CENTURY -> d.plusYears(100);
            };
        }

        public String label(LocalDate d) {
            return switch (this) {
                case QUARTER -> "Q" + ((d.getMonthValue() - 1) / 3 + 1) + " " + d.getYear();
                case DECADE, CENTURY -> d.getYear() + "s";
                default -> format.format(d);
            };
        }
    }

    /** One tick: where it is drawn, the day it marks, its label (empty for minor ticks). */
    public record Tick(double x, LocalDate date, String label, boolean major) {
    }

    private final double start;
    private final double end;
    private final double width;

    /**
     * @param startDay first visible epoch day (fractional)
     * @param endDay   end of the visible stretch, exclusive (fractional)
     * @param width    pixels the stretch is drawn over
     */
    public TimeAxis(double startDay, double endDay, double width) {
        if (!(endDay > startDay) || !(width > 0)) {
            throw new IllegalArgumentException("empty axis " + startDay + ".." + endDay + " over " + width + " px");
        }
        this.start = startDay;
        this.end = endDay;
        this.width = width;
    }

    /** An axis showing the days {@code from} to {@code to}, both inclusive. */
    public static TimeAxis of(LocalDate from, LocalDate to, double width) {
        return new TimeAxis(from.toEpochDay(), to.toEpochDay() + 1, width);
    }

    public double startDay() {
        return start;
    }

    public double endDay() {
        return end;
    }

    public double spanDays() {
        return end - start;
    }

    public double width() {
        return width;
    }

    public double pixelsPerDay() {
        return width / (end - start);
    }

    public double x(double epochDay) {
        return (epochDay - start) * width / (end - start);
    }

    /** The left edge of a day. */
    public double x(LocalDate day) {
        return x(day.toEpochDay());
    }

    public double day(double x) {
        return start + x * (end - start) / width;
    }

    /** The day under pixel {@code x}. */
    public LocalDate date(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(clampDay(day(x))));
    }

    /** The coarsest level is the one used for labels: the finest whose labels still fit side by side. */
    public Level majorLevel() {
        double ppd = pixelsPerDay();
        for (Level l : Level.values()) {
            if (l.days * ppd >= l.labelSpacing) {
                return l;
            }
        }
        return Level.CENTURY;
    }

    /** The finest level below the major one whose ticks are still far enough apart to see, or null. */
    public Level minorLevel() {
        Level major = majorLevel();
        double ppd = pixelsPerDay();
        for (Level l : Level.values()) {
            if (l.ordinal() >= major.ordinal()) {
                return null;
            }
            // Weeks do not nest in months and above; they would only look like noise under month ticks.
            if (l == Level.WEEK && major != Level.WEEK && major != Level.DAY) {
                continue;
            }
            if (l.days * ppd >= MIN_MINOR_SPACING) {
                return l;
            }
        }
        return null;
    }

    /** Major ticks (labelled) and minor ticks inside the visible stretch, in order of x. */
    public List<Tick> ticks() {
        List<Tick> out = new ArrayList<>();
        Level major = majorLevel();
        Level minor = minorLevel();
        if (minor != null) {
            addTicks(out, minor, false);
        }
        List<Tick> majors = new ArrayList<>();
        addTicks(majors, major, true);
        // A minor tick under a major one would be drawn twice.
        java.util.Set<LocalDate> majorDays = new java.util.HashSet<>();
        majors.forEach(t -> majorDays.add(t.date()));
        out.removeIf(t -> majorDays.contains(t.date()));
        out.addAll(majors);
        out.sort(java.util.Comparator.comparingDouble(Tick::x));
        return out;
    }

    private void addTicks(List<Tick> out, Level level, boolean major) {
        LocalDate d = level.floor(LocalDate.ofEpochDay((long) Math.floor(clampDay(start))));
        long endDay = (long) Math.ceil(clampDay(end));
        for (int guard = 0; d.toEpochDay() <= endDay && guard < 20_000; guard++, d = level.next(d)) {
            double x = x(d);
            if (x >= 0 && x <= width) {
                out.add(new Tick(x, d, major ? level.label(d) : "", major));
            }
        }
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the day under {@code anchorX} where it is. */
    public TimeAxis zoom(double factor, double anchorX) {
        double anchor = day(anchorX);
        double span = clampSpan(spanDays() / factor);
        double frac = anchorX / width;
        double s = anchor - frac * span;
        return new TimeAxis(s, s + span, width).clamped();
    }

    /** Moves the content {@code dx} pixels to the right (a drag to the right shows earlier days). */
    public TimeAxis pan(double dx) {
        double shift = dx / pixelsPerDay();
        return new TimeAxis(start - shift, end - shift, width).clamped();
    }

    public TimeAxis withWidth(double w) {
        return new TimeAxis(start, end, w);
    }

    /** An axis over the same days with the span clamped to what can be shown. */
    public TimeAxis clamped() {
        double span = clampSpan(spanDays());
        if (span == spanDays() && start >= MIN_DAY && end <= MAX_DAY) {
            return this;
        }
        double mid = (start + end) / 2;
        double s = Math.max(MIN_DAY, Math.min(MAX_DAY - span, mid - span / 2));
        return new TimeAxis(s, s + span, width);
    }

    static double clampSpan(double span) {
        return Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, span));
    }

    private static double clampDay(double d) {
        return Math.max(MIN_DAY, Math.min(MAX_DAY, d));
    }

    @Override
    public String toString() {
        return "TimeAxis[" + LocalDate.ofEpochDay((long) Math.floor(clampDay(start))) + " .. "
                + LocalDate.ofEpochDay((long) Math.floor(clampDay(end))) + " over " + width + " px]";
    }
}
