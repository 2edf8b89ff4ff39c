"""The actor network: who makes claims about whom, and who denies, disputes or confirms
whose claims, as inline SVG laid out here at build time.

The layout is a force-directed one (Fruchterman and Reingold) started from a fixed spiral
and run for a fixed number of steps, so the same content always gives the same picture.
The most-cited actors and every party to a denial or dispute are always labelled; the
others are labelled where a label overlaps nothing, and the rest show their name on hover,
keyboard focus or tap (docs/assets/network.js). Every node links to the actor's page. The
claims behind the edges go with the picture as JSON, for the script's focus and filters; the
SVG alone is the picture without script.
"""

from __future__ import annotations

import json
import math
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from ..pages.index import ClaimRef, SiteIndex
from ..pages.markup import closed
from ..pages.urls import relative_url
from .svg import NOT_INDEXED, num, shorten, svg_open, tag, text, text_width

KIND_COLOURS = {"person": "#1f6fb2", "organization": "#7b4fa0", "country": "#138d75",
                "group": "#8c6d31"}
EDGE_COLOURS = {"about": "#8a8a8a", "denies": "#c62828", "disputes": "#e67e00",
                "confirms": "#2e7d32"}
# a link as a noun phrase, {a} its source and {b} its target: no verb to agree with a name
# ("several governments", "observers"); docs/assets/network.js words its panel the same
EDGE_WORDS = {"about": "{n} by {a} about {b}", "denies": "{n} by {b}, denied by {a}",
              "disputes": "{n} by {b}, disputed by {a}",
              "confirms": "{n} by {b}, confirmed by {a}"}
MAX_NODES = 60
Box = tuple[float, float, float, float]  # left, top, right, bottom
NETWORK_FILE = "data/network.svg"
MAX_CLAIMS = 400  # the latest claims behind the edges that the script can focus and filter
FONT = 12.0
R_MIN, R_STEP, R_MAX = 4.5, 2.4, 22.0
FULL = ((R_MAX - R_MIN) / R_STEP) ** 2  # the claims (about 53) that give the largest radius


@dataclass
class Node:
    """An actor in the network, its position once laid out, and its radius."""

    id: str
    name: str
    kind: str
    claims: int  # claims it makes, claims about it, stances it takes
    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0  # claims to area: below 1 where the most involved actor is past FULL

    @property
    def r(self) -> float:
        """Radius: the area grows with the number of claims, up to the largest radius for the
        most involved actor of the drawing (`area_scale`)."""
        return min(R_MAX, R_MIN + R_STEP * math.sqrt(self.claims * self.scale))


def area_scale(most: int) -> float:
    """The scale of claims to area that draws `most` claims at the largest radius at most: 1
    on a small site (sizes comparable between sites), less on a big one, so that an actor
    in more claims is still drawn larger than one in fewer."""
    return min(1.0, FULL / most) if most else 1.0


@dataclass(frozen=True)
class Edge:
    """Claims from one actor about another, or one actor's stance on another's claims."""

    source: str
    target: str
    kind: str  # about, denies, disputes, confirms
    count: int


@dataclass(frozen=True)
class Variant:
    """One drawing of the network: its size and how many labels to try."""

    name: str
    width: float
    height: float
    labels: int  # labels tried where they overlap nothing
    always: int  # the most-cited actors labelled even where a label overlaps
    font: float = FONT  # of the names (the stylesheet's `--net-base` says the same)
    clear: bool = False  # names kept off every link, not only denials, disputes, confirmations


WIDE = Variant("wide", 760.0, 520.0, 22, 8)
# a phone's: 358 x 537 px on a 390 px screen, names 13 units (11.6 px), none over a link
# unless it must show (a name that finds no free spot is shown on tap; the links as a list
# below the figure name every actor), arrows thinner (`_edge`)
TALL = Variant("tall", 400.0, 600.0, 12, 6, 13.0, True)


# the last graph worked out, by its index (held weakly) and limit: the home page's chart and
# data/network.svg draw the same one
_LAST_GRAPH: list[tuple[weakref.ref[SiteIndex], int, tuple[list[Node], list[Edge]]]] = []


def claim_graph(index: SiteIndex, limit: int = MAX_NODES) -> tuple[list[Node], list[Edge]]:
    """The actors involved in claims (at most `limit`, most involved first) and their links;
    worked out once for an index (which is not changed once built; the drawings copy the
    nodes they place)."""
    for held, at, graph in _LAST_GRAPH:
        if held() is index and at == limit:
            return graph
    graph = _claim_graph(index, limit)
    _LAST_GRAPH[:] = [(weakref.ref(index), limit, graph)]
    return graph


def _claim_graph(index: SiteIndex, limit: int) -> tuple[list[Node], list[Edge]]:
    weights = {ident: len(v.claims_by) + len(v.claims_about) + len(v.stances)
               for ident, v in index.actors.items()}
    ranked = sorted((i for i, w in weights.items() if w),
                    key=lambda i: (-weights[i], index.actors[i].actor.name, i))[:limit]
    scale = area_scale(max((weights[i] for i in ranked), default=0))
    nodes = [Node(i, closed(index.actors[i].actor.name), index.actors[i].actor.kind,
                  weights[i], scale=scale) for i in ranked]  # a name goes into tooltips
    shown = set(ranked)
    counts: dict[tuple[str, str, str], int] = {}
    for ref in index.claims:
        for link in _claim_links(ref, shown):
            counts[link] = counts.get(link, 0) + 1
    edges = [Edge(s, t, k, n) for (s, t, k), n in sorted(counts.items())]
    return nodes, edges


def layout(nodes: list[Node], edges: list[Edge], width: float, height: float,
           margin: float = 30.0, steps: int = 250) -> None:
    """Place the nodes inside width x height; deterministic for the same nodes and edges."""
    n = len(nodes)
    if n == 0:
        return
    at = {node.id: i for i, node in enumerate(nodes)}
    k = math.sqrt(width * height / n) * 0.55
    golden = math.pi * (3 - math.sqrt(5))
    xs = [k * 0.6 * math.sqrt(i + 0.5) * math.cos(i * golden) for i in range(n)]
    ys = [k * 0.6 * math.sqrt(i + 0.5) * math.sin(i * golden) for i in range(n)]
    pairs = [(at[e.source], at[e.target], 1 + math.log(e.count)) for e in edges]
    aspect = width / height
    radii = [node.r for node in nodes]
    hypot, kk = math.hypot, k * k
    for step in range(steps):
        heat = k * 0.5 * (1 - step / steps) + 0.5
        dx = [0.0] * n
        dy = [0.0] * n
        # the repulsion of every pair; each push worked out once and held in locals, the
        # same floating-point operations in the same order (the layout is byte for byte
        # what it was), at about half the time
        for i in range(n):
            xi, yi, ri, dxi, dyi = xs[i], ys[i], radii[i], dx[i], dy[i]
            for j in range(i + 1, n):
                ddx, ddy = xi - xs[j], yi - ys[j]
                dist = hypot(ddx, ddy) or 0.01
                force = kk / dist
                if dist < ri + radii[j] + 14:
                    force *= 4
                fx, fy = ddx / dist * force, ddy / dist * force
                dxi += fx
                dyi += fy
                dx[j] -= fx
                dy[j] -= fy
            dx[i], dy[i] = dxi, dyi
        for i, j, w in pairs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            dist = math.hypot(ddx, ddy) or 0.01
            force = dist * dist / k * w * 0.5
            dx[i] -= ddx / dist * force
            dy[i] -= ddy / dist * force
            dx[j] += ddx / dist * force
            dy[j] += ddy / dist * force
        for i in range(n):
            dx[i] -= xs[i] * 0.08 * k / 40
            dy[i] -= ys[i] * 0.08 * k / 40 * aspect
            moved = math.hypot(dx[i], dy[i]) or 0.01
            xs[i] += dx[i] / moved * min(moved, heat)
            ys[i] += dy[i] / moved * min(moved, heat)
    _spread(xs, ys)
    _fit(nodes, xs, ys, width, height, margin)
    _separate(nodes, width, height, margin)


GAP = 20.0  # units between two nodes' circles at least, once fitted (`_separate`)


def _separate(nodes: list[Node], width: float, height: float, margin: float,
              gap: float = GAP, rounds: int = 60) -> None:
    """Push apart, pair by pair, the nodes whose circles the fitted layout left closer than
    `gap`: on a one-story site of 100 briefings the pull of their many links set North Korea
    and Russia 7 units apart, two blobs a reader took for one. Nodes already `gap` apart do
    not move (the seed's drawings are as they were)."""
    low_x, high_x = margin + 22, width - margin - 22
    low_y, high_y = margin + 22, height - margin - 22
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = b.x - a.x, b.y - a.y
                dist = math.hypot(dx, dy)
                short = a.r + b.r + gap - dist
                if short <= 0.01:
                    continue
                ux, uy = (dx / dist, dy / dist) if dist else (1.0, 0.0)
                push = short / 2 + 0.01
                a.x = min(high_x, max(low_x, a.x - ux * push))
                a.y = min(high_y, max(low_y, a.y - uy * push))
                b.x = min(high_x, max(low_x, b.x + ux * push))
                b.y = min(high_y, max(low_y, b.y + uy * push))
                moved = True
        if not moved:
            return


def _spread(xs: list[float], ys: list[float], power: float = 0.55) -> None:
    """Pull far-flung nodes in and push the crowded middle out (distance to the power)."""
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    for i in range(len(xs)):
        dx, dy = xs[i] - cx, ys[i] - cy
        dist = math.hypot(dx, dy)
        if dist:
            xs[i], ys[i] = cx + dx / dist * dist ** power, cy + dy / dist * dist ** power


def _fit(nodes: list[Node], xs: list[float], ys: list[float], width: float, height: float,
         margin: float) -> None:
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    room_x = width - 2 * margin - 2 * 22
    room_y = height - 2 * margin - 2 * 22
    for node, x, y in zip(nodes, xs, ys, strict=True):
        node.x = margin + 22 + (x - left) / ((right - left) or 1) * room_x
        node.y = margin + 22 + (y - top) / ((bottom - top) or 1) * room_y
    if len(nodes) == 1:
        nodes[0].x, nodes[0].y = width / 2, height / 2


def place_labels(nodes: list[Node], width: float, height: float, limit: int,
                 always: frozenset[str] = frozenset(),
                 avoid: tuple[Box, ...] = (), font: float = FONT,
                 lines: tuple[Box, ...] = ()) -> dict[str, tuple[float, float, str]]:
    """Labels (x, y, anchor) for the nodes in `always`, then up to `limit` nodes, most claims
    first.

    A label goes right, left, below or above its node (then at its corners), wherever it
    covers no other label or node, nor any of the boxes in `avoid` (the points of the
    denials, disputes and confirmations drawn: `stand_points`), and stays in the picture. A
    node in `always` with no free place takes the place that covers least, a unit of a node
    or label counting `NODE_COST` (a name over a node hides an actor: on the 100-briefing
    story "North Korea" hid South Korean officials), a point of a stand 400; the last
    spots, a line further below or above, then beside the node against its circle, serve
    where every spot beside the node is taken.
    Any other keeps only its tooltip and
    the label shown on hover, focus or tap (`tap_label`). `lines`: points of the other links
    (`link_points`), each counting as much as a 6 x 6 part of a node: a name laid over a
    link is hard to read on a phone; one that must show takes the spot crossing fewest. A
    spot of the last ones (`FAR`) as near another node as its own (`_nearer`) counts as
    covering that node: a name is read as the nearest node's. A spot a line off its node
    (`LINE_OFF`) costs `LINE_OFF_COST` for that.
    """
    boxes = {n.id: (n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes}
    placed: dict[str, tuple[float, float, str]] = {}
    taken: list[Box] = []
    boxes_x = _by_x(tuple(boxes.values()))
    position = {id(b): i for i, b in enumerate(boxes.values())}
    widest = max((b[2] - b[0] for b in boxes.values()), default=0.0)
    avoid_grid, lines_grid = _grid(avoid), _grid(lines)
    ranked = sorted(nodes, key=lambda n: (-n.claims, n.name))
    order = [n for n in ranked if n.id in always] + [n for n in ranked if n.id not in always]
    for rank, node in enumerate(order):
        must = node.id in always
        if not must and rank >= limit + len(always):
            break
        reach = text_width(node.name, font) + node.r + 8
        rise = node.r + 2.5 * font + 8
        # every spot's label lies inside this rectangle, so a box outside it covers none of
        # them: only those inside are summed (the same sums; at 10,000 spread-out articles
        # the sums over every box and point took most of the network's time)
        area = (node.x - reach, node.y - rise, node.x + reach, node.y + rise)
        own = boxes[node.id]
        nearby = sorted((b for b in _between(boxes_x, area[0] - widest - 1, area[2])
                         if b is not own), key=lambda b: position[id(b)])  # summed in order
        others = [b for b in taken + nearby
                  if b[0] < area[2] and b[2] > area[0] and b[1] < area[3] and b[3] > area[1]]
        rivals = sorted((b for b in _between(boxes_x, area[0] - widest - PAIRED,
                                             area[2] + PAIRED)
                         if b is not own and b[1] < area[3] + PAIRED
                         and b[3] > area[1] - PAIRED), key=lambda b: position[id(b)])
        best: tuple[float, tuple[float, float, str], Box] | None = None
        for spot, (x, y, anchor) in enumerate(_spots(node, font)):
            box = _label_box(node, x, y, anchor, font)
            if box[0] < 2 or box[2] > width - 2 or box[1] < 2 or box[3] > height - 2:
                continue
            # the boxes that cover none of it would add nothing: the same sum, in order
            covered = NODE_COST * sum(_area(box, b) for b in others if b[0] < box[2]
                                      and b[2] > box[0] and b[1] < box[3] and b[3] > box[1])
            covered += 400.0 * _hits(avoid_grid, box)  # added one at a time: the same sum
            covered += 8.0 * _hits(lines_grid, box)
            if spot >= FAR:
                covered += NODE_COST * sum((b[2] - b[0]) ** 2 for b in _nearer(box, own, rivals))
            if spot in LINE_OFF:
                covered += LINE_OFF_COST
            if best is None or covered < best[0]:
                best = (covered, (x, y, anchor), box)
            if not covered:
                break
        if best is not None and (must or not best[0]):
            placed[node.id] = best[1]
            taken.append(best[2])
    return placed


PAIRED = 2.5 * FONT  # a node farther from a spot's label is never nearer than its own
# the spots of `_spots` from here on lie a line off their node, or against its circle, where
# a name is kept only if no other node is as near (`_nearer`)
FAR = 8
# the two spots a line below or above their node: a name there reads as floating (on the
# 100-briefing story's phone drawing "Ukraine" a line above its node, chosen over the spot
# just above it for the one link point that spot crosses), so the distance costs about two
# link points
LINE_OFF = (8, 9)
LINE_OFF_COST = 16.0


def _nearer(box: Box, own: Box, nodes: list[Box]) -> list[Box]:
    """The nodes (their boxes) as near a label's box as its own node, or nearer, to within
    2 units: a reader pairs a name with the nearest node, so such a name reads as theirs (on
    the 100-briefing story "several governments", a line below its node, lay 3 units under
    the unnamed node of South Korean officials)."""
    mine = _gap(box, own)
    return [b for b in nodes if _gap(box, b) < mine + 2.0]


def _gap(box: Box, node: Box) -> float:
    """From a label's box to the edge of a node's circle (its box)."""
    r = (node[2] - node[0]) / 2
    x, y = node[0] + r, node[1] + r
    return math.hypot(max(box[0] - x, 0.0, x - box[2]), max(box[1] - y, 0.0, y - box[3])) - r


def _by_x(boxes: tuple[Box, ...]) -> tuple[list[float], list[Box]]:
    """The boxes sorted by their left edge, and those edges, for `_between`."""
    ordered = sorted(boxes, key=lambda b: b[0])
    return [b[0] for b in ordered], ordered


def _between(by_x: tuple[list[float], list[Box]], low: float, high: float) -> list[Box]:
    """The boxes whose left edge lies between low and high (a superset of those that can
    reach past low, when low is taken a box's width further left)."""
    edges, ordered = by_x
    return ordered[bisect_left(edges, low):bisect_right(edges, high)]


CELL = 16.0  # the side of a square of `_grid`
NODE_COST = 20.0  # a unit of a node or label covered, against 400 a point of a stand


def _grid(points: tuple[Box, ...]) -> dict[tuple[int, int], list[Box]]:
    """The points (small boxes, at most 4 x 4), by the square of CELL units their top left
    corner lies in, for `_hits`."""
    grid: dict[tuple[int, int], list[Box]] = {}
    for b in points:
        grid.setdefault((math.floor(b[0] / CELL), math.floor(b[1] / CELL)), []).append(b)
    return grid


def _hits(grid: dict[tuple[int, int], list[Box]], box: Box) -> int:
    """How many points of the grid the box covers some of: only the squares within a
    point's size (and a unit more) of the box are looked in."""
    if not grid:
        return 0
    count = 0
    for gx in range(math.floor((box[0] - 5) / CELL), math.floor(box[2] / CELL) + 1):
        for gy in range(math.floor((box[1] - 5) / CELL), math.floor(box[3] / CELL) + 1):
            count += sum(1 for b in grid.get((gx, gy), ()) if _area(box, b))
    return count


def stand_points(edges: list[Edge], where: dict[str, Node],
                 step: float = 4.0) -> tuple[Box, ...]:
    """Small boxes along each denial, dispute and confirmation as `_edge` draws it (its
    arrowhead too), one every `step` units: a name laid over them hides who takes a stand
    against whom (on the seed's tall drawing "several governments" covered Russia's short
    denial of its claim)."""
    return _points([e for e in edges if e.kind != "about"], where, step)


def link_points(edges: list[Edge], where: dict[str, Node], step: float = 4.0) -> tuple[Box, ...]:
    """`stand_points` of the claims about actors (the grey arrows)."""
    return _points([e for e in edges if e.kind == "about"], where, step)


def _points(edges: list[Edge], where: dict[str, Node], step: float) -> tuple[Box, ...]:
    points: list[Box] = []
    for edge in edges:
        sx, sy, cx, cy, ex, ey = _curve(edge, where)
        n = max(2, math.ceil(math.hypot(ex - sx, ey - sy) / step))
        for i in range(n + 1):
            t = i / n
            x = (1 - t) ** 2 * sx + 2 * (1 - t) * t * cx + t * t * ex
            y = (1 - t) ** 2 * sy + 2 * (1 - t) * t * cy + t * t * ey
            points.append((x - 2, y - 2, x + 2, y + 2))
    return tuple(points)


def tap_label(node: Node, width: float, font: float = FONT) -> tuple[float, float, str]:
    """Where a label shown only on hover, focus or tap goes: beside the node, inside the picture."""
    x, y, anchor = _spots(node, font)[0]
    if _label_box(node, x, y, anchor, font)[2] > width - 2:
        x, y, anchor = _spots(node, font)[1]
    return x, y, anchor


def _spots(node: Node, font: float = FONT) -> list[tuple[float, float, str]]:
    return [*_beside(node, node.r + 4, font),
            # a line further below or above: where every spot beside the node covers a node
            # or a stand (tried last, so a free spot beside it is still taken first)
            (node.x, node.y + node.r + 4 + font * 2.1, "middle"),
            (node.x, node.y - node.r - 4 - font * 1.5, "middle"),
            # beside it again, against its circle, where a name is nearer its own node than
            # any other: on the 100-briefing story's phone drawing "North Korea", 4 units off
            # its node, lay as near the node of several governments
            *_beside(node, node.r + 0.5, font)]


def _beside(node: Node, gap: float, font: float) -> list[tuple[float, float, str]]:
    """Right, left, below, above the node, then at its corners, `gap` from its centre."""
    return [(node.x + gap, node.y + font * 0.35, "start"),
            (node.x - gap, node.y + font * 0.35, "end"),
            (node.x, node.y + gap + font * 0.9, "middle"),
            (node.x, node.y - gap - font * 0.3, "middle"),
            (node.x + gap * 0.7, node.y + gap * 0.7 + font * 0.9, "start"),
            (node.x - gap * 0.7, node.y + gap * 0.7 + font * 0.9, "end"),
            (node.x + gap * 0.7, node.y - gap * 0.7 - font * 0.3, "start"),
            (node.x - gap * 0.7, node.y - gap * 0.7 - font * 0.3, "end")]


def _label_box(node: Node, x: float, y: float, anchor: str, font: float = FONT) -> Box:
    w = text_width(node.name, font)
    x0 = {"start": x, "end": x - w, "middle": x - w / 2}[anchor]
    return (x0 - 1, y - font * 0.95, x0 + w + 1, y - font * 0.95 + font * 1.2)


def _area(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def network_chart(index: SiteIndex, page: str, directory_urls: bool = True) -> Markup:
    """The network as an inline <figure>: a wide drawing, and a tall one for phones."""
    nodes, edges = claim_graph(index)
    if len(nodes) < 2:
        return Markup("")
    hidden = sum(1 for v in index.actors.values()
                 if v.claims_by or v.claims_about or v.stances) - len(nodes)
    disputed = frozenset(i for e in edges if e.kind in ("denies", "disputes")
                         for i in (e.source, e.target))
    drawings = [_drawing(nodes, edges, variant, index, page, directory_urls, disputed)
                for variant in (WIDE, TALL)]
    legend, kinds = _legend(nodes, edges)
    more = f" {hidden} more actors are left out." if hidden > 0 else ""
    caption = (f"Arrows run from the actor who makes a claim to the actors it is about, and "
               f"from an actor who takes a stand to the claimant. {_sizes(nodes, edges)} Each "
               f"node links to the actor's page. Names not shown appear on hover or tap; tap a "
               f"node to see its links and the claims behind them.{more}")
    return Markup(f'<figure class="chart chart--network" id="network" {NOT_INDEXED}>\n'
                  + _script_data(index, {n.id for n in nodes}, edges, page, directory_urls) + "\n"
                  + "\n".join(drawings)
                  + f'\n<figcaption><span class="legend-row">{legend}</span>'
                  f' <span class="legend-row">{kinds}</span><br>{text(caption)}</figcaption>'
                  "\n</figure>\n" + _link_list(nodes, edges, page, directory_urls))


def _sizes(nodes: list[Node], edges: list[Edge]) -> str:
    """What a node's size and an arrow's width stand for, with the figures of this drawing:
    on a big site a reader saw thick and thin arrows and could not tell one claim from a
    hundred."""
    most = max(n.claims for n in nodes)
    least = min(n.claims for n in nodes)
    tops = sorted(n.name for n in nodes if n.claims == most)
    # named as they are: a tie at the top made one of them "in the most" (review14)
    who = ("" if least == most else f"; {tops[0]} is in the most" if len(tops) == 1
           else f"; {tops[0]} and {tops[1]} are in the most" if len(tops) == 2
           else f"; {len(tops):,} actors are in the most")
    counts = [e.count for e in edges]
    arrows = (f"; an arrow's width with the claims it stands for "
              f"({_figures(min(counts), max(counts))})" if counts else "")
    return (f"A node's size grows with the claims it makes, the claims about it and the "
            f"stands it takes ({_figures(least, most)}{who})"
            f"{arrows}.")


def _figures(low: int, high: int) -> str:
    return f"{low:,} each here" if low == high else f"from {low:,} to {high:,} here"


LEGEND_WORDS = {"about": "claims about", "denies": "denies", "disputes": "disputes",
                "confirms": "confirms"}


def _legend(nodes: list[Node], edges: list[Edge]) -> tuple[str, str]:
    """The legend of the links and of the kinds of actor: only those the drawing holds (an
    actor shown by name only, `kind` "", is drawn grey: "other")."""
    drawn = {e.kind for e in edges}
    links = " ".join(f'<span class="legend legend--{kind}">{text(word)}</span>'
                     for kind, word in LEGEND_WORDS.items() if kind in drawn)
    held = {n.kind if n.kind in KIND_COLOURS else "other" for n in nodes}
    kinds = " ".join(f'<span class="legend legend--{k}">{k}</span>'
                     for k in (*KIND_COLOURS, "other") if k in held)
    return links, kinds


LIST_WORDS = {"about": "claims about", "denies": "denials of claims by",
              "disputes": "disputes of claims by", "confirms": "confirmations of claims by"}


def _link_list(nodes: list[Node], edges: list[Edge], page: str, directory_urls: bool) -> str:
    """Every link of the drawing as text, for a reader who cannot see or point at it: one line
    per actor with links from it, most involved first, naming whom its claims are about and
    whose claims it denies, disputes or confirms, with the number of claims; each name links
    to its page (the drawing's `role="img"` hides its node links from screen readers).
    Folded under the picture, and out of both search indexes as the picture is."""
    rank = {n.id: i for i, n in enumerate(sorted(nodes, key=lambda n: (-n.claims, n.name)))}
    names = {n.id: n.name for n in nodes}
    out: dict[str, dict[str, list[Edge]]] = {}
    for edge in edges:
        out.setdefault(edge.source, {}).setdefault(edge.kind, []).append(edge)

    def link(ident: str) -> str:
        href = relative_url(page, f"actors/{ident}.md", directory_urls)
        return f'<a href="{escape(href)}">{text(names[ident])}</a>'

    lines = []
    for source in sorted(out, key=rank.__getitem__):
        parts = []
        for kind, words in LIST_WORDS.items():
            found = sorted(out[source].get(kind, ()), key=lambda e: (-e.count, rank[e.target]))
            if found:
                parts.append(f"{words} " + ", ".join(f"{link(e.target)} ({e.count:,})"
                                                     for e in found))
        lines.append(f"<li>{link(source)}: {'; '.join(parts)}</li>")
    return (f'<details class="network-links abstract" {NOT_INDEXED}>\n'
            f"<summary>The links as a list: {len(edges)} link{'s' * (len(edges) != 1)} "
            f"between {len(nodes)} actors</summary>\n"
            "<p>Each actor that makes claims or takes a stand, most involved first; the number "
            "of claims in brackets.</p>\n<ul>\n" + "\n".join(lines) + "\n</ul>\n</details>")


STANDALONE_STYLE = ("<style>.halo{paint-order:stroke;stroke:#fff;stroke-width:3px;"
                    "stroke-linejoin:round}.net-label--tap{display:none}"
                    "a:hover .net-label--tap,a:focus .net-label--tap{display:inline}</style>")


def network_svg(index: SiteIndex, directory_urls: bool = True) -> str:
    """The wide drawing as a file of its own (`data/network.svg`), for downloads and
    reports: the same picture, its nodes linking to the actors' pages of the site."""
    nodes, edges = claim_graph(index)
    if len(nodes) < 2:
        return ""
    disputed = frozenset(i for e in edges if e.kind in ("denies", "disputes")
                         for i in (e.source, e.target))
    drawing = _drawing(nodes, edges, WIDE, index, NETWORK_FILE, directory_urls, disputed,
                       table=False)
    head, _, rest = drawing.partition(">")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{head}>{STANDALONE_STYLE}{rest}\n'


def network_file(index: SiteIndex, directory_urls: bool = True) -> dict[str, str]:
    """{"data/network.svg": the drawing}, or nothing when there is no network to draw."""
    svg = network_svg(index, directory_urls)
    return {NETWORK_FILE: svg} if svg else {}


def _claim_links(ref: ClaimRef, shown: set[str]) -> list[tuple[str, str, str]]:
    """The links a claim draws between actors of `shown`: (source, target, kind), the claimant
    to each actor it is about, each party to the claimant (by its stance)."""
    claim = ref.claim
    links = [(claim.by, about, "about") for about in dict.fromkeys(claim.about)]
    links += [(p.actor, claim.by, p.stance) for p in claim.parties]
    return [(s, t, k) for s, t, k in links if s != t and s in shown and t in shown]


def _script_data(index: SiteIndex, shown: set[str], edges: list[Edge], page: str,
                 directory_urls: bool) -> str:
    """The claims behind the drawn edges, as JSON for docs/assets/network.js: who makes
    each, whom it is about, who takes which stance, its briefing, date (`d`, a day, to sort
    and filter by; `w`, at the precision the text gives, to show), words, link and (`s`)
    whether it is still drafted (only under `mkdocs serve`: the gate leaves drafts out).

    At most `MAX_CLAIMS`, but never without the latest claim of each drawn edge, then the
    latest others: by date alone, the 400 of a 100-briefing story were the analysts' (their
    claims dated by the article), and a tap on North Korea named 5 of its 13 links, dimmed
    Vladimir Putin as unlinked and the "denials" filter hid Russia's denial."""
    linked = [r for r in index.claims if r.claim.by in shown and (
        shown.intersection(r.claim.about) or shown.intersection(p.actor for p in r.claim.parties))]
    ranked = sorted(linked, key=_claim_date, reverse=True)
    needed = {(e.source, e.target, e.kind) for e in edges}
    kept: set[int] = set()
    for i, ref in enumerate(ranked):
        links = needed.intersection(_claim_links(ref, shown))
        if links:
            kept.add(i)
            needed -= links
            if not needed:
                break
    for i in range(len(ranked)):
        if len(kept) >= MAX_CLAIMS:
            break
        kept.add(i)
    refs = [ref for i, ref in enumerate(ranked) if i in kept]
    briefings: dict[str, int] = {}
    for ref in sorted(refs, key=lambda r: r.article.published.sort_key(), reverse=True):
        briefings.setdefault(ref.article.slug, len(briefings))
    articles = {r.article.slug: r.article for r in refs}
    data = {
        "briefings": [{"t": articles[slug].title, "u": relative_url(page, f"briefings/{slug}.md",
                                                                     directory_urls),
                       "w": articles[slug].published.label()}  # to tell like titles apart
                      for slug in briefings],
        "claims": [{"by": r.claim.by,
                    "about": [a for a in dict.fromkeys(r.claim.about) if a in shown],
                    "parties": [[p.actor, p.stance] for p in r.claim.parties if p.actor in shown],
                    "b": briefings[r.article.slug], "d": _claim_date(r),
                    "w": (r.claim.date or r.article.published).label(),  # as the pages say it
                    "t": shorten(r.claim.claim, 140),
                    "u": relative_url(page, f"briefings/{r.article.slug}.md#claim-{r.claim.id}",
                                      directory_urls),
                    **({"s": "drafted"} if r.claim.status == "drafted" else {})} for r in refs],
        "more": len(linked) - len(refs),
    }
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    body = body.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" class="network-data">{body}</script>'


def _claim_date(ref: ClaimRef) -> str:
    """The day a claim was made (or its article published), as ISO text, for sorting and filters."""
    return (ref.claim.date or ref.article.published).first.isoformat()


def _drawing(nodes: list[Node], edges: list[Edge], variant: Variant, index: SiteIndex,
             page: str, directory_urls: bool, disputed: frozenset[str],
             table: bool = True) -> str:
    """One drawing; `table`: the page shows the table of most-cited actors below it."""
    nodes = [Node(n.id, n.name, n.kind, n.claims, scale=n.scale) for n in nodes]
    _layout_once(nodes, edges, variant)
    cited = sorted(nodes, key=lambda n: (-n.claims, n.name))[:variant.always]
    where = {n.id: n for n in nodes}
    labels = place_labels(nodes, variant.width, variant.height, variant.labels,
                          disputed | {n.id for n in cited}, stand_points(edges, where),
                          variant.font, link_points(edges, where) if variant.clear else ())
    prefix = f"net-{variant.name}"
    markers = "".join(
        f'<marker id="{prefix}-{kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" '
        f'fill="{colour}"/></marker>' for kind, colour in EDGE_COLOURS.items())
    body = [f"<defs>{markers}</defs>"]
    for edge in sorted(edges, key=lambda e: (e.kind != "about", e.source, e.target, e.kind)):
        body.append(_edge(edge, where, prefix, 0.6 if variant.clear else 1.0))
    for node in sorted(nodes, key=lambda n: (n.claims, n.name)):
        spot = labels.get(node.id)
        body.append(_node(node, spot or tap_label(node, variant.width, variant.font),
                          spot is not None, index, page, directory_urls, variant.font))
    return (svg_open(f"chart-svg network-svg network--{variant.name}", variant.width,
                     variant.height, _text_alternative(nodes, edges, table))
            + "".join(body) + "</svg>")


MAX_SPOKEN = 12  # the stands a text alternative names; the others are counted


def _text_alternative(nodes: list[Node], edges: list[Edge], table: bool) -> str:
    """What a look at the drawing tells, for a reader who cannot see it: the most involved
    actors and who denies, disputes or confirms whose claims."""
    names = {n.id: n.name for n in nodes}
    most = [n.name for n in sorted(nodes, key=lambda n: (-n.claims, n.name))[:3]]
    order = {kind: i for i, kind in enumerate(EDGE_WORDS)}
    stands = [_link_words(e, names[e.source], names[e.target])
              for e in sorted(edges, key=lambda e: (order[e.kind], names[e.source],
                                                    names[e.target]))
              if e.kind != "about"]
    said = "; ".join(stands[:MAX_SPOKEN])
    if len(stands) > MAX_SPOKEN:
        said += f"; and {len(stands) - MAX_SPOKEN} more"
    return (f"Network of {len(nodes)} actors and {len(edges)} links: who makes claims about "
            f"whom, and who denies, disputes or confirms whose claims. Most involved: "
            f"{', '.join(most)}." + (f" {said}." if said else "")
            + (" Every link is listed as text below the picture, and the table of most-cited "
               "actors gives their figures." if table else ""))


_PLACED: dict[tuple[object, ...], list[tuple[float, float]]] = {}


def _layout_once(nodes: list[Node], edges: list[Edge], variant: Variant) -> None:
    """`layout`, whose result is kept in the process for the same graph: under `mkdocs serve`
    the home page is made again on every save, and most saves leave the graph as it was."""
    key = (variant, tuple((n.id, n.claims) for n in nodes), tuple(edges))
    placed = _PLACED.get(key)
    if placed is None:
        layout(nodes, edges, variant.width, variant.height)
        if len(_PLACED) > 8:
            _PLACED.clear()
        _PLACED[key] = [(n.x, n.y) for n in nodes]
        return
    for node, (x, y) in zip(nodes, placed, strict=True):
        node.x, node.y = x, y


def _curve(edge: Edge, where: dict[str, Node]) -> tuple[float, float, float, float, float,
                                                         float]:
    """An edge's curve: its start, the control point and its end (the arrow's tip)."""
    a, b = where[edge.source], where[edge.target]
    dx, dy = b.x - a.x, b.y - a.y
    bend = 0.12 if edge.kind == "about" else 0.22
    cx, cy = (a.x + b.x) / 2 - dy * bend, (a.y + b.y) / 2 + dx * bend
    sx, sy = _toward(a.x, a.y, cx, cy, a.r + 1)
    ex, ey = _toward(b.x, b.y, cx, cy, b.r + 2)
    return sx, sy, cx, cy, ex, ey


def _edge(edge: Edge, where: dict[str, Node], prefix: str, thin: float = 1.0) -> str:
    """A link drawn as a curved arrow, wider for more claims (`thin`: that width scaled, on
    the phone's drawing, where a story's hundred-claim arrows filled its middle)."""
    a, b = where[edge.source], where[edge.target]
    sx, sy, cx, cy, ex, ey = _curve(edge, where)
    tip = _link_words(edge, a.name, b.name)
    width = (0.8 if edge.kind == "about" else 1.3) + 0.9 * thin * math.log2(edge.count)
    path = tag("path", d=f"M{num(sx)} {num(sy)}Q{num(cx)} {num(cy)} {num(ex)} {num(ey)}",
               fill="none", stroke=EDGE_COLOURS[edge.kind], stroke_width=width,
               stroke_dasharray=_dashes(edge.kind, width),
               stroke_opacity="0.55" if edge.kind == "about" else "0.9",
               marker_end=f"url(#{prefix}-{edge.kind})")
    return tag("g", tag("title", text(tip)) + path, class_=f"edge edge--{edge.kind}",
               data_source=edge.source, data_target=edge.target, data_kind=edge.kind,
               data_n=edge.count)


def _dashes(kind: str, width: float) -> str | None:
    """A dispute's line dashed, a confirmation's dotted, a denial's solid: red, orange and
    green alone are one colour to many colour-blind readers (the legend draws the same)."""
    if kind == "disputes":
        return f"{num(max(6.0, 3 * width))} {num(max(4.0, 1.5 * width))}"
    if kind == "confirms":
        return f"{num(max(2.0, width))} {num(max(3.0, 1.5 * width))}"
    return None


def _link_words(edge: Edge, source: str, target: str) -> str:
    """"3 claims by observers about Vladimir Putin", "1 claim by several governments,
    denied by Russia": a link's tooltip and its words in the text alternative."""
    return EDGE_WORDS[edge.kind].format(n=_claims(edge.count), a=source, b=target)


def _claims(n: int) -> str:
    return f"{n:,} claim{'s' * (n != 1)}"


def _toward(x: float, y: float, tx: float, ty: float, by: float) -> tuple[float, float]:
    dx, dy = tx - x, ty - y
    dist = math.hypot(dx, dy) or 1.0
    return x + dx / dist * by, y + dy / dist * by


def _node(node: Node, label: tuple[float, float, str], shown: bool, index: SiteIndex, page: str,
          directory_urls: bool, font: float = FONT) -> str:
    view = index.actors[node.id]
    kind = f" ({node.kind})" if node.kind else ""  # "": not reviewed (content.gate.only_named)
    # the parts and their sum, the figure the caption sizes a node by ("from 100 to 2,400
    # here"), written as the caption writes numbers
    tip = (f"{node.name}{kind}: {_claims(len(view.claims_by))} made, "
           f"{len(view.claims_about):,} about, {len(view.stances):,} "
           f"stance{'s' * (len(view.stances) != 1)}; {node.claims:,} in all"
           + (" [drafted · not reviewed]" if view.actor.status == "drafted" else ""))
    parts = [tag("title", text(tip)),
             tag("circle", cx=node.x, cy=node.y, r=node.r, fill=KIND_COLOURS.get(node.kind, "#777"),
                 stroke="#fff", stroke_width="1.5", class_="node")]
    x, y, anchor = label
    parts.append(tag("text", text(node.name), x=x, y=y, text_anchor=anchor,
                     font_size=num(font), fill="currentColor",
                     class_="halo net-label" + ("" if shown else " net-label--tap")))
    href = relative_url(page, f"actors/{node.id}.md", directory_urls)
    return tag("a", "".join(parts), href=href, class_="net-node", data_id=node.id)
