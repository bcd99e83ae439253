package dev.transcend.arena.player;

/**
 * How an expert departs from its base policy (the controlled errors of the demo's expert panels; Zhang et al. 2024,
 * sec. 3: low temperature acts as a majority vote, which helps when the experts' errors are diverse).
 *
 * <pre>
 * errors: {kind: random, rate: 0.5}                 # each move, with probability 0.5, a uniformly random legal move
 * errors: {kind: systematic, blindSpot: knight-capture}  # in every position of the class, the same wrong move
 * </pre>
 *
 * @param kind      {@code random} or {@code systematic}
 * @param rate      for {@code random}: probability p of a random legal move on each move, 0..1
 * @param blindSpot for {@code systematic}: the name of the position class the expert cannot see
 */
public record ErrorModel(String kind, Double rate, String blindSpot) {
}
