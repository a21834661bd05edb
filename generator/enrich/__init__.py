"""Enrich: people, organisations, places, quotes and topics found in each article."""
