-- An account's life beyond its creation (issue 23): an admin disables it (it signs in no more, in no
-- way, and its sessions end) and enables it again.
ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false;
