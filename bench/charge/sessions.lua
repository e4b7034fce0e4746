-- wrk script: each thread is one signed-in clerk (its SESSION cookie, one per line of the file
-- named by SESSIONS) and walks through the paths of the file named by CHEMINS, one per line,
-- starting at a different place, so that the 16 users do not ask for the same page together.
-- PAUSE (ms, optional): each user waits between 0.5 and 1.5 times that long between two pages, as a
-- clerk reads the page before the next click; without it, every user asks again at once (saturation).
local sessions, chemins = {}, {}
for ligne in io.lines(os.getenv("SESSIONS")) do sessions[#sessions + 1] = ligne end
for ligne in io.lines(os.getenv("CHEMINS")) do chemins[#chemins + 1] = ligne end

local pause = tonumber(os.getenv("PAUSE") or "0")

local rang = 0
function setup(thread)
  rang = rang + 1
  thread:set("cookie", sessions[(rang - 1) % #sessions + 1])
  thread:set("depart", rang * 7919)
end

function delay()
  if pause == 0 then return 0 end
  return math.random(math.floor(pause / 2), math.floor(pause * 3 / 2))
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
