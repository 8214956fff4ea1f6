"""The heatmap (Varmekart): view and its widgets."""
