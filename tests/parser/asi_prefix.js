a
++b
c
--d
