var n = 1000_;
