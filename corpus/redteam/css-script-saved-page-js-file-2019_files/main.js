document.addEventListener("DOMContentLoaded",function(){document.getElementById("o1").style.display="none";});
