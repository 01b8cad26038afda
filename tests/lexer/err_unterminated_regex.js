var r = /abc
;
