package dev.transcend.arena.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses engine-to-GUI lines of the UCI protocol (Stefan Meyer-Kahlen's specification, 2004).
 * Tokens are separated by any amount of whitespace; unknown or malformed lines become
 * {@link UciMessage.Other}, never an exception, because engines print banners and debug text.
 */
public final class UciParser {

    private static final Set<String> OPTION_KEYWORDS = Set.of("name", "type", "default", "min", "max", "var");
    private static final Set<String> INFO_KEYWORDS = Set.of("depth", "seldepth", "time", "nodes", "pv", "multipv",
            "score", "currmove", "currmovenumber", "hashfull", "nps", "tbhits", "sbhits", "cpuload", "string",
            "refutation", "currline", "wdl");

    private UciParser() {
    }

    /**
     * @param line one line from the engine, without the line terminator
     * @return the parsed message
     */
    public static UciMessage parse(String line) {
        String[] t = line.strip().split("\\s+");
        switch (t[0]) {
            case "uciok":
                return new UciMessage.UciOk();
            case "readyok":
                return new UciMessage.ReadyOk();
            case "id":
                return t.length >= 3 ? new UciMessage.Id(t[1], join(t, 2, t.length)) : new UciMessage.Other(line);
            case "bestmove":
                if (t.length < 2) {
                    return new UciMessage.Other(line);
                }
                Optional<String> ponder = t.length >= 4 && t[2].equals("ponder") ? Optional.of(t[3]) : Optional.empty();
                return new UciMessage.BestMove(t[1], ponder);
            case "option":
                return option(line, t);
            case "info":
                return info(t);
            default:
                return new UciMessage.Other(line);
        }
    }

    private static UciMessage option(String line, String[] t) {
        String name = null;
        String type = null;
        String def = null;
        Long min = null;
        Long max = null;
        List<String> vars = new ArrayList<>();
        int i = 1;
        while (i < t.length) {
            String key = t[i];
            int end = i + 1;
            // a name ends only at "type": names may contain words such as "Default" in other engines
            while (end < t.length && !(key.equals("name") ? t[end].equals("type") : OPTION_KEYWORDS.contains(t[end]))) {
                end++;
            }
            String value = join(t, i + 1, end);
            try {
                switch (key) {
                    case "name" -> name = value;
                    case "type" -> type = value;
                    case "default" -> def = value.equals("<empty>") ? "" : value;
                    case "min" -> min = Long.parseLong(value);
                    case "max" -> max = Long.parseLong(value);
                    case "var" -> vars.add(value);
                    default -> {
                        return new UciMessage.Other(line);
                    }
                }
            } catch (NumberFormatException e) {
                return new UciMessage.Other(line);
            }
            i = end;
        }
        Optional<UciOption.Type> parsedType = type == null ? Optional.empty() : UciOption.Type.of(type);
        if (name == null || name.isEmpty() || parsedType.isEmpty()) {
            return new UciMessage.Other(line);
        }
        return new UciMessage.Option(new UciOption(name, parsedType.get(), def, min, max, vars));
    }

    private static UciMessage info(String[] t) {
        Integer depth = null;
        Long nodes = null;
        Integer cp = null;
        Integer mate = null;
        List<String> pv = List.of();
        String string = null;
        try {
            for (int i = 1; i < t.length; i++) {
                switch (t[i]) {
                    case "depth" -> depth = Integer.parseInt(t[++i]);
                    case "nodes" -> nodes = Long.parseLong(t[++i]);
                    case "score" -> {
                        String kind = t[++i];
                        int value = Integer.parseInt(t[++i]);
                        if (kind.equals("cp")) {
                            cp = value;
                        } else if (kind.equals("mate")) {
                            mate = value;
                        }
                    }
                    case "pv" -> {
                        int end = i + 1;
                        while (end < t.length && !INFO_KEYWORDS.contains(t[end])) {
                            end++;
                        }
                        pv = List.copyOf(Arrays.asList(t).subList(i + 1, end));
                        i = end - 1;
                    }
                    case "string" -> {
                        string = join(t, i + 1, t.length);
                        i = t.length;
                    }
                    default -> {
                        // other fields (seldepth, nps, hashfull, wdl, ...) are not needed by the arena
                    }
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return new UciMessage.Other(String.join(" ", t));
        }
        return new UciMessage.Info(depth, nodes, cp, mate, pv, string);
    }

    private static String join(String[] t, int from, int to) {
        return String.join(" ", Arrays.asList(t).subList(Math.min(from, to), to));
    }
}
