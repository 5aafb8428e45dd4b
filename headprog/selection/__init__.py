"""Choosing which heads to substitute: per-head costs, rankings and swaps."""

from headprog.selection.choose import choose_heads
from headprog.selection.costs import HeadCosts, fast_heads, is_fast_program, measure_head_costs, order_heads_jointly

__all__ = ["HeadCosts", "choose_heads", "fast_heads", "is_fast_program", "measure_head_costs", "order_heads_jointly"]
