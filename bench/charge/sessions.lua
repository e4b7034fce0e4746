-- wrk script: each thread is one signed-in clerk (its SESSION cookie, one per line of the file
-- named by SESSIONS) and walks through the paths of the file named by CHEMINS, one per line,
-- starting at a different place, so that the 16 users do not ask for the same page together.
local sessions, chemins = {}, {}
for ligne in io.lines(os.getenv("SESSIONS")) do sessions[#sessions + 1] = ligne end
for ligne in io.lines(os.getenv("CHEMINS")) do chemins[#chemins + 1] = ligne end

local rang = 0
function setup(thread)
  rang = rang + 1
  thread:set("cookie", sessions[(rang - 1) % #sessions + 1])
  thread:set("depart", rang * 7919)
end

local suivant = nil
function request()
  if suivant == nil then suivant = depart end
  suivant = suivant + 1
  local chemin = chemins[suivant % #chemins + 1]
  return wrk.format("GET", chemin, { ["Cookie"] = "SESSION=" .. cookie })
end

-- A page that is not 200 (a redirect to the sign-in page, an error) would make fast figures lie.
function response(status, headers, body)
  if status ~= 200 then
    error("HTTP " .. status .. " pour une page mesurée")
  end
end
