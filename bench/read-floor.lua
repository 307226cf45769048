-- The score request's body, sent as text/plain: the server reads all of it, then refuses it with a
-- short 415 problem. What an HTTP POST of this size costs before any JSON work.
dofile("bench/score.lua")
wrk.headers["Content-Type"] = "text/plain"
