"""The actor network: who makes claims about whom, and who denies, disputes or confirms
whose claims, as inline SVG laid out here at build time.

The layout is a force-directed one (Fruchterman and Reingold) started from a fixed spiral
and run for a fixed number of steps, so the same content always gives the same picture.
Only the most-cited actors are labelled, and only where a label overlaps nothing; every
node names its actor in a tooltip and links to the actor's page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import Markup

from .index import SiteIndex
from .svg import num, svg_open, tag, text, text_width
from .urls import relative_url

KIND_COLOURS = {"person": "#1f6fb2", "organization": "#7b4fa0", "country": "#138d75",
                "group": "#8c6d31"}
EDGE_COLOURS = {"about": "#8a8a8a", "denies": "#c62828", "disputes": "#e67e00",
                "confirms": "#2e7d32"}
EDGE_WORDS = {"about": "makes {n} about", "denies": "denies {n} by",
              "disputes": "disputes {n} by", "confirms": "confirms {n} by"}
MAX_NODES = 60
FONT = 12.0


@dataclass
class Node:
    """An actor in the network, its position once laid out, and its radius."""

    id: str
    name: str
    kind: str
    claims: int  # claims it makes, claims about it, stances it takes
    x: float = 0.0
    y: float = 0.0

    @property
    def r(self) -> float:
        """Radius: the area grows with the number of claims."""
        return min(22.0, 4.5 + 2.4 * math.sqrt(self.claims))


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
    labels: int


WIDE = Variant("wide", 760.0, 520.0, 22)
TALL = Variant("tall", 400.0, 600.0, 12)


def claim_graph(index: SiteIndex, limit: int = MAX_NODES) -> tuple[list[Node], list[Edge]]:
    """The actors involved in claims (at most `limit`, most involved first) and their links."""
    weights = {ident: len(v.claims_by) + len(v.claims_about) + len(v.stances)
               for ident, v in index.actors.items()}
    ranked = sorted((i for i, w in weights.items() if w),
                    key=lambda i: (-weights[i], index.actors[i].actor.name, i))[:limit]
    nodes = [Node(i, index.actors[i].actor.name, index.actors[i].actor.kind, weights[i])
             for i in ranked]
    shown = set(ranked)
    counts: dict[tuple[str, str, str], int] = {}
    for ref in index.claims:
        claim = ref.claim
        links = [(claim.by, about, "about") for about in dict.fromkeys(claim.about)]
        links += [(p.actor, claim.by, p.stance) for p in claim.parties]
        for source, target, kind in links:
            if source != target and source in shown and target in shown:
                counts[(source, target, kind)] = counts.get((source, target, kind), 0) + 1
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
    for step in range(steps):
        heat = k * 0.5 * (1 - step / steps) + 0.5
        dx = [0.0] * n
        dy = [0.0] * n
        for i in range(n):
            for j in range(i + 1, n):
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                dist = math.hypot(ddx, ddy) or 0.01
                force = k * k / dist
                if dist < radii[i] + radii[j] + 14:
                    force *= 4
                dx[i] += ddx / dist * force
                dy[i] += ddy / dist * force
                dx[j] -= ddx / dist * force
                dy[j] -= ddy / dist * force
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


def place_labels(nodes: list[Node], width: float, height: float,
                 limit: int) -> dict[str, tuple[float, float, str]]:
    """Labels (x, y, anchor) for up to `limit` nodes, most claims first, none overlapping.

    A label goes right, left, below or above its node, wherever it covers no other label,
    no node and stays in the picture; a node with no free place keeps only its tooltip.
    """
    boxes = [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes]
    placed: dict[str, tuple[float, float, str]] = {}
    taken: list[tuple[float, float, float, float]] = []
    order = sorted(nodes, key=lambda n: (-n.claims, n.name))
    for node in order[:limit]:
        w, h = text_width(node.name, FONT), FONT * 1.2
        gap = node.r + 4
        for x, y, anchor in ((node.x + gap, node.y + FONT * 0.35, "start"),
                             (node.x - gap, node.y + FONT * 0.35, "end"),
                             (node.x, node.y + gap + FONT * 0.9, "middle"),
                             (node.x, node.y - gap - FONT * 0.3, "middle")):
            x0 = {"start": x, "end": x - w, "middle": x - w / 2}[anchor]
            box = (x0 - 1, y - FONT * 0.95, x0 + w + 1, y - FONT * 0.95 + h)
            if box[0] < 2 or box[2] > width - 2 or box[1] < 2 or box[3] > height - 2:
                continue
            others = [b for m, b in zip(nodes, boxes, strict=True) if m is not node]
            if not any(_overlap(box, b) for b in taken + others):
                placed[node.id] = (x, y, anchor)
                taken.append(box)
                break
    return placed


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def network_chart(index: SiteIndex, page: str, directory_urls: bool = True) -> Markup:
    """The network as an inline <figure>: a wide drawing, and a tall one for phones."""
    nodes, edges = claim_graph(index)
    if len(nodes) < 2:
        return Markup("")
    hidden = sum(1 for v in index.actors.values()
                 if v.claims_by or v.claims_about or v.stances) - len(nodes)
    drawings = [_drawing(nodes, edges, variant, index, page, directory_urls)
                for variant in (WIDE, TALL)]
    legend = " ".join(
        f'<span class="legend legend--{kind}">{text(word)}</span>'
        for kind, word in (("about", "claims about"), ("denies", "denies"),
                           ("disputes", "disputes"), ("confirms", "confirms")))
    kinds = " ".join(f'<span class="legend legend--{k}">{k}</span>' for k in KIND_COLOURS)
    more = f" {hidden} more actors are left out." if hidden > 0 else ""
    caption = (f"Arrows run from the actor who makes a claim to the actors it is about, and "
               f"from an actor who takes a stand to the claimant. A node's size grows with its "
               f"claims; each links to the actor's page.{more}")
    return Markup('<figure class="chart chart--network" id="network">\n'
                  + "\n".join(drawings)
                  + f'\n<figcaption><span class="legend-row">{legend}</span>'
                  f' <span class="legend-row">{kinds}</span><br>{text(caption)}</figcaption>'
                  "\n</figure>")


def _drawing(nodes: list[Node], edges: list[Edge], variant: Variant, index: SiteIndex,
             page: str, directory_urls: bool) -> str:
    nodes = [Node(n.id, n.name, n.kind, n.claims) for n in nodes]
    _layout_once(nodes, edges, variant)
    labels = place_labels(nodes, variant.width, variant.height, variant.labels)
    where = {n.id: n for n in nodes}
    prefix = f"net-{variant.name}"
    markers = "".join(
        f'<marker id="{prefix}-{kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" '
        f'fill="{colour}"/></marker>' for kind, colour in EDGE_COLOURS.items())
    body = [f"<defs>{markers}</defs>"]
    for edge in sorted(edges, key=lambda e: (e.kind != "about", e.source, e.target, e.kind)):
        body.append(_edge(edge, where, prefix))
    for node in sorted(nodes, key=lambda n: (n.claims, n.name)):
        body.append(_node(node, labels.get(node.id), index, page, directory_urls))
    label = (f"Network of {len(nodes)} actors and {len(edges)} links: who makes claims about "
             f"whom, and who denies, disputes or confirms whose claims. The table of "
             f"most-cited actors below gives the same figures.")
    return (svg_open(f"chart-svg network-svg network--{variant.name}", variant.width,
                     variant.height, label) + "".join(body) + "</svg>")


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


def _edge(edge: Edge, where: dict[str, Node], prefix: str) -> str:
    a, b = where[edge.source], where[edge.target]
    dx, dy = b.x - a.x, b.y - a.y
    bend = 0.12 if edge.kind == "about" else 0.22
    cx, cy = (a.x + b.x) / 2 - dy * bend, (a.y + b.y) / 2 + dx * bend
    sx, sy = _toward(a.x, a.y, cx, cy, a.r + 1)
    ex, ey = _toward(b.x, b.y, cx, cy, b.r + 2)
    tip = f"{a.name} {EDGE_WORDS[edge.kind].format(n=_claims(edge.count))} {b.name}"
    width = (0.8 if edge.kind == "about" else 1.3) + 0.9 * math.log2(edge.count)
    path = tag("path", d=f"M{num(sx)} {num(sy)}Q{num(cx)} {num(cy)} {num(ex)} {num(ey)}",
               fill="none", stroke=EDGE_COLOURS[edge.kind], stroke_width=width,
               stroke_opacity="0.55" if edge.kind == "about" else "0.9",
               marker_end=f"url(#{prefix}-{edge.kind})")
    return tag("g", tag("title", text(tip)) + path, class_=f"edge edge--{edge.kind}")


def _claims(n: int) -> str:
    return f"{n} claim{'s' * (n != 1)}"


def _toward(x: float, y: float, tx: float, ty: float, by: float) -> tuple[float, float]:
    dx, dy = tx - x, ty - y
    dist = math.hypot(dx, dy) or 1.0
    return x + dx / dist * by, y + dy / dist * by


def _node(node: Node, label: tuple[float, float, str] | None, index: SiteIndex, page: str,
          directory_urls: bool) -> str:
    view = index.actors[node.id]
    tip = (f"{node.name} ({node.kind}): {_claims(len(view.claims_by))} made, "
           f"{len(view.claims_about)} about, {len(view.stances)} "
           f"stance{'s' * (len(view.stances) != 1)}")
    parts = [tag("title", text(tip)),
             tag("circle", cx=node.x, cy=node.y, r=node.r, fill=KIND_COLOURS.get(node.kind, "#777"),
                 stroke="#fff", stroke_width="1.5", class_="node")]
    if label:
        x, y, anchor = label
        parts.append(tag("text", text(node.name), x=x, y=y, text_anchor=anchor,
                         font_size=num(FONT), fill="currentColor", class_="halo"))
    href = relative_url(page, f"actors/{node.id}.md", directory_urls)
    return tag("a", "".join(parts), href=href, class_="net-node")
