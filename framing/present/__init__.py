"""Presentation: charts, highlighted evidence, the glossary and the exported report."""
