package dates
