"""A sequence tagger learned from PolNeAr's train compartment that finds the cues, sources and
contents the hand-written rules miss; see docs/attribution-model.md."""
