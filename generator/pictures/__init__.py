"""Pictures drawn at build time as SVG: the timeline chart and the actor network."""
