"""kg: knowledge graphs from Chinese government and political documents."""
__version__ = "0.1.0"
