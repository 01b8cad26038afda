do x++; while (x < 5) y()
do {} while (false)
