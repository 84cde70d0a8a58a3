def largest_poster(heights: list[int]) -> int:
    # Return the largest rectangle area that fits under the bar chart.
    pass
